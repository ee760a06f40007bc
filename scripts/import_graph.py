"""Haven's import graph: fails on an import cycle between its modules, or on a module that
defines models (pages, snippets, settings) importing a views module, even inside a function.
Run: .venv/bin/python scripts/import_graph.py [--all]

Cycles count imports at module level: they run when a module loads, and a cycle among them breaks
start-up or hides behind import order. An import inside a function that needs a model (a task,
a route handler) is Django's usual way to depend on it later; --all lists those cycles too.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["accounts", "admissions", "articles", "core", "directory", "haven", "home", "search"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def haven_modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path)] = path
    return found


def imports_of(path: Path, modules: dict, *, everywhere: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if everywhere else tree.body
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    found = set()
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            found.add(name)
    return found - {module_name(path)}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in graph:
        if node not in index:
            visit(node)
    return found


MODEL_BASES = ("Page", "Model", "Orderable", "BaseSiteSetting", "BaseGenericSetting")


def defines_models(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            names = [getattr(b, "attr", getattr(b, "id", "")) for b in node.bases]
            if any(name.endswith(MODEL_BASES) for name in names):
                return True
    return False


def problems(everywhere: bool = False) -> list[str]:
    modules = haven_modules()
    graph = {
        name: imports_of(path, modules, everywhere=everywhere) for name, path in modules.items()
    }
    found = [f"import cycle: {' <-> '.join(c)}" for c in cycles(graph)]
    for name, path in modules.items():
        if defines_models(path):
            targets = imports_of(path, modules, everywhere=True)
            found += [f"{name} defines models and imports {t}" for t in targets if "views" in t]
    return found


def main(everywhere: bool) -> int:
    found = problems(everywhere)
    print("\n".join(found) or f"no import cycles among {len(haven_modules())} modules")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(everywhere="--all" in sys.argv))
