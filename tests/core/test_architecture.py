"""The layout's promises, checked on the code itself (scripts/import_graph.py)."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import_graph.py"


def load_script():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycle_and_no_model_module_imports_views():
    assert load_script().problems() == []


def test_the_check_sees_a_cycle_and_a_model_importing_views(tmp_path, monkeypatch):
    graph = load_script()
    app = tmp_path / "core"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "a.py").write_text("from core import b\n")
    (app / "b.py").write_text("import core.a\n")
    (app / "models.py").write_text(
        "from django.db import models\n\nclass Thing(models.Model):\n"
        "    def view(self):\n        from core import views\n"
    )
    (app / "views.py").write_text("")
    monkeypatch.setattr(graph, "ROOT", tmp_path)
    monkeypatch.setattr(graph, "PACKAGES", ["core"])
    found = graph.problems()
    assert "import cycle: core.a <-> core.b" in found
    assert "core.models defines models and imports core.views" in found
