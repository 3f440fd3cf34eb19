from django.apps import AppConfig


class PrepConfig(AppConfig):
    name = "prep"
    verbose_name = "Practice"
