"""Repeating work on django-tasks, which has no cron: a task that ends by enqueueing its next
run. `schedule_once` starts such a chain without ever starting a second one beside it.

Each chain's starter is marked `@periodic` beside its task, in its app's tasks.py;
`manage.py schedule_periodic_tasks` (`start_all`) starts every one, so `make run` and compose
need no list of them."""

from datetime import timedelta

from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

_starters: dict[str, tuple] = {}


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


def periodic(name: str, first_run_in: timedelta):
    """Mark `start(run_after) -> bool` as the starter of the chain called `name`; `start_all`
    calls it with now + `first_run_in`."""

    def register(start):
        _starters[name] = (start, first_run_in)
        return start

    return register


def start_all() -> dict[str, bool]:
    """Start every periodic chain not already waiting: {name: whether a run was added}."""
    autodiscover_modules("tasks")  # each app's tasks.py marks its starters as it loads
    now = timezone.now()
    return {name: start(now + first_run_in) for name, (start, first_run_in) in _starters.items()}
