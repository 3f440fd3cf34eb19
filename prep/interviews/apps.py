from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    name = "prep.interviews"
    label = "interviews"
    verbose_name = "Mock interviews"

    def ready(self) -> None:
        from prep.interviews import panels  # noqa: F401 - registers the set page panel
