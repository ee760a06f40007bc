"""Repeating work on django-tasks, which has no cron: a task that ends by enqueueing its next
run. `schedule_once` starts such a chain without ever starting a second one beside it."""


def schedule_once(task, run_after) -> bool:
    """Enqueue `task` (with reschedule=True) to run after `run_after`, unless a run is already
    waiting. True when one was added; False too on a backend that cannot defer."""
    if not task.get_backend().supports_defer:
        return False
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    # The task re-enqueues itself while it is still RUNNING, so only READY ones count.
    waiting = DBTaskResult.objects.filter(task_path=task.module_path, status=TaskResultStatus.READY)
    if waiting.exists():
        return False
    task.using(run_after=run_after).enqueue(reschedule=True)
    return True
