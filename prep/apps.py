from django.apps import AppConfig


class PrepConfig(AppConfig):
    """The project itself: the landing page and the `serve` command; no models."""

    name = "prep"
    verbose_name = "Interview Prep"
