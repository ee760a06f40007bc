"""The production-stack suite: `make test-stack` (pytest -m stack tests/stack). A plain
`pytest` skips it, since it starts nginx, gunicorn, the worker, redis-server and PostgreSQL.

One stack serves the whole session. Every process is stopped and the database dropped at the
end whatever happens; a failed test prints the tail of each process's log."""

from pathlib import Path

import pytest

from tests.stack.client import STATUS_LOG
from tests.stack.running import SUMMARY, missing_tools, running_stack
from tests.stack.stack import Stack

STACK_DIR = Path(__file__).parent
_running: dict = {}


def pytest_collection_modifyitems(config, items):
    selected = "stack" in (config.getoption("markexpr") or "")
    for item in items:
        if STACK_DIR not in Path(item.fspath).parents:
            continue
        item.add_marker(pytest.mark.stack)
        if not selected:
            item.add_marker(pytest.mark.skip(reason="production-stack suite: `make test-stack`"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    stack = _running.get("stack")
    if report.failed and stack is not None and STACK_DIR in Path(item.fspath).parents:
        report.sections.append(("stack logs", stack.logs()))


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The suite's server has its own cache; the test process's is not used."""
    yield


@pytest.fixture(autouse=True)
def _no_server_error(request):
    """No response to any request of a test is a 5xx, unless the test is about one (marked
    `server_errors_expected`: it then asserts which ones it expects)."""
    first = len(STATUS_LOG)
    yield
    if request.node.get_closest_marker("server_errors_expected"):
        return
    errors = [entry for entry in STATUS_LOG[first:] if entry[2] >= 500]
    assert not errors, f"5xx responses: {errors[:10]}"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "server_errors_expected: a stack test that causes 5xx on purpose"
    )


def pytest_terminal_summary(terminalreporter):
    stack = _running.get("stack")
    if stack is not None and stack.timings:
        steps = ", ".join(f"{name} {seconds} s" for name, seconds in stack.timings.items())
        terminalreporter.write_line(f"stack suite set-up: {steps}")
    for line in SUMMARY:
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def running():
    missing = missing_tools()
    if missing:
        pytest.skip(f"the production-stack suite needs {', '.join(missing)}")
    try:
        with running_stack(on_created=lambda stack: _running.update(stack=stack)) as result:
            yield result
    except Exception as error:  # a start that failed: its logs are printed above
        if "result" in locals():
            raise
        pytest.fail(f"the stack did not start: {error}")


@pytest.fixture(scope="session")
def stack(running) -> Stack:
    return running.stack
