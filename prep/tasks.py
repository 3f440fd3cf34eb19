"""The task queue's wiring and upkeep; the tasks of each room live in its own module."""

import traceback

from procrastinate.contrib.django import app

from prep.models import TaskError

# Succeeded and cancelled jobs are kept this long, so the admin can show what ran.
# Failed jobs are kept: staff look into them, and a page that asks whether an email went
# out must not take a forgotten failure for a success.
KEEP_FINISHED_HOURS = 24 * 14


@app.periodic(cron="* * * * *")
@app.task(name="prep.retry_stalled_jobs", queueing_lock="retry_stalled_jobs", pass_context=True)
async def retry_stalled_jobs(context, timestamp: int) -> None:
    """A job whose worker died (killed, machine lost) runs again on a live worker.

    Every task is one transaction or safe to repeat, so running again never half-applies.
    """
    for job in await context.app.job_manager.get_stalled_jobs():
        await context.app.job_manager.retry_job(job)


@app.periodic(cron="17 3 * * *")
@app.task(name="prep.forget_old_jobs", queueing_lock="forget_old_jobs", pass_context=True)
async def forget_old_jobs(context, timestamp: int) -> None:
    await context.app.job_manager.delete_old_jobs(
        nb_hours=KEEP_FINISHED_HOURS, include_failed=False, include_cancelled=True
    )


def record_errors(call_next, context, worker):
    """Task middleware: keep each failed attempt's error for the admin, then let
    Procrastinate retry or give up as the task says."""
    try:
        return call_next()
    except Exception as error:
        TaskError.objects.create(
            job_id=context.job.id,
            task_name=context.job.task_name,
            attempt=context.job.attempts + 1,
            error=f"{type(error).__name__}: {error}"[:2000],
            traceback=traceback.format_exc()[-20000:],
        )
        raise


def on_app_ready(ready_app) -> None:
    """PROCRASTINATE_ON_APP_READY: add our middleware to every worker."""
    middleware = ready_app.worker_defaults.setdefault("task_middleware", [])
    middleware.append(record_errors)
