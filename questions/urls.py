from django.urls import path

from questions import views

app_name = "questions"

urlpatterns = [
    path("", views.question_list, name="list"),
    path("<slug:slug>/", views.question_detail, name="detail"),
]
