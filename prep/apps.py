from django.apps import AppConfig


class PrepConfig(AppConfig):
    """The project itself: the landing page, the `serve` command, task errors and data exports."""

    name = "prep"
    verbose_name = "Interview Prep"
