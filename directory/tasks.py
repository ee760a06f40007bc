"""Keep the Elasticsearch directory index in step with publishing, in the background."""

from django_tasks import task

from core.visibility import public_q
from directory.models import ProgramPage


@task()
def sync_program(page_id: int) -> str:
    """Index the program if it is live, or remove it from the index if not (or gone)."""
    from directory.engines import elasticsearch as es

    program = ProgramPage.objects.filter(public_q(), pk=page_id).first()
    if program is None:
        es.remove_program(page_id)
        return "removed"
    es.index_programs([program])
    return "indexed"
