from django.urls import path

from prep.interviews.views import console, history, invite, room, scorecard

app_name = "interviews"

urlpatterns = [
    path("", history.index, name="index"),
    path("start/", history.start, name="start"),
    path("schedule/", invite.schedule, name="schedule"),
    path("invitation/<str:token>/", invite.invitation, name="invitation"),
    path("<uuid:public_id>/", room.room, name="room"),
    path("<uuid:public_id>/poll/", room.poll, name="poll"),
    path("<uuid:public_id>/answer/", room.save_answer, name="answer"),
    path("<uuid:public_id>/review/", room.review, name="review"),
    path("<uuid:public_id>/review/<int:position>/", room.rate, name="rate"),
    path("<uuid:public_id>/scorecard/", scorecard.scorecard, name="scorecard"),
    path("<uuid:public_id>/console/", console.console, name="console"),
    path("<uuid:public_id>/console/poll/", console.console_poll, name="console_poll"),
    path("<uuid:public_id>/console/start/", console.begin, name="begin"),
    path("<uuid:public_id>/console/assess/", console.assess, name="assess"),
    path("<uuid:public_id>/console/finish/", console.finish, name="finish"),
    path("<uuid:public_id>/console/scorecard/", console.scorecard, name="save_scorecard"),
    path("<uuid:public_id>/reschedule/", invite.reschedule, name="reschedule"),
    path("<uuid:public_id>/cancel/", invite.cancel, name="cancel"),
    path("<uuid:public_id>/resend/", invite.resend, name="resend"),
]
