"""Admin hooks for articles: the import log entry (its report shows in the page's history)."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

IMPORT_ACTION = "haven.article.import"


@hooks.register("register_log_actions")
def register_import_action(actions):
    @actions.register_action(IMPORT_ACTION)
    class ImportFormatter(LogFormatter):
        label = "Import"

        def format_message(self, log_entry):
            return f"Imported from {log_entry.data.get('source', 'a file')}"

        def format_comment(self, log_entry):
            return log_entry.data.get("report", "")
