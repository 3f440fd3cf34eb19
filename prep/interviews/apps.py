from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    name = "prep.interviews"
    label = "interviews"
    verbose_name = "Mock interviews"
