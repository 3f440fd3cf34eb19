from django.db import models


class TaskError(models.Model):
    """One failed attempt of a background job, with its error: the queue keeps only the
    job's status, and staff need to see why it failed (mail server refused, bug)."""

    job_id = models.BigIntegerField(db_index=True)
    task_name = models.CharField(max_length=128)
    attempt = models.PositiveSmallIntegerField()
    error = models.TextField()
    traceback = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.task_name} #{self.job_id}, attempt {self.attempt}"
