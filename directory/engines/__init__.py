"""Directory search engines share one interface (directory.engines.base): a ProgramQuery in,
results with facets and a total out. settings.DIRECTORY_SEARCH_ENGINE picks one."""

from django.conf import settings

from directory.engines.base import Engine, ProgramHit, ProgramQuery, SearchResult

__all__ = ["Engine", "ProgramHit", "ProgramQuery", "SearchResult", "get_engine"]


def get_engine(name: str | None = None) -> Engine:
    name = name or getattr(settings, "DIRECTORY_SEARCH_ENGINE", "database")
    if name == "elasticsearch":
        from directory.engines.elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine()
    from directory.engines.database import DatabaseEngine

    return DatabaseEngine()
