from django.urls import path

from questions.views import bank

app_name = "questions"

urlpatterns = [
    path("", bank.question_list, name="list"),
    path("<slug:slug>/", bank.question_detail, name="detail"),
]
