from django.urls import path

from questions.views import set_items, sets

app_name = "sets"

urlpatterns = [
    path("", sets.index, name="index"),
    path("new/", sets.create, name="create"),
    path("add/", set_items.add, name="add"),
    path("<uuid:public_id>/", sets.detail, name="detail"),
    path("<uuid:public_id>/edit/", sets.edit, name="edit"),
    path("<uuid:public_id>/delete/", sets.delete, name="delete"),
    path("<uuid:public_id>/clone/", sets.clone, name="clone"),
    path("<uuid:public_id>/export.<str:fmt>", sets.export, name="export"),
    path("<uuid:public_id>/order/", set_items.reorder, name="reorder"),
    path("<uuid:public_id>/questions/new/", set_items.new_question, name="new_question"),
    path("<uuid:public_id>/q/<slug:slug>/remove/", set_items.remove, name="remove"),
    path("<uuid:public_id>/q/<slug:slug>/move/", set_items.move, name="move"),
    path("<uuid:public_id>/q/<slug:slug>/edit/", set_items.edit_question, name="edit_question"),
    path("<uuid:public_id>/q/<slug:slug>/submit/", set_items.submit_question, name="submit"),
]
