"""Scheduled publishing in the running stack: the worker runs Wagtail's `publish_scheduled`
every minute (the chain `schedule_periodic_tasks` starts, as compose's migrate service does),
so an article scheduled ahead answers through nginx within a minute of its time."""

import json
import time

from tests.stack.processes import wait_until
from tests.stack.test_micro_cache import micro

GO_LIVE_IN = 15  # seconds: time enough to see the article missing first
WITHIN = 70  # after its time: the worker's minute, its one-second poll and a few seconds more


def test_a_scheduled_article_goes_live_through_nginx_within_a_minute_of_its_time(stack):
    command = f"from tests.stack import seed; seed.schedule_article({GO_LIVE_IN})"
    scheduled = json.loads(stack.manage("shell", "-c", command).strip().splitlines()[-1])
    path, go_live_at = scheduled["path"], scheduled["go_live_at"]
    browser = stack.browser()

    # Before its time: not found, and the "not found" is kept by neither nginx's micro-cache
    # nor Haven's page cache, or the article would stay hidden after it goes live.
    for _ in range(2):
        before = browser.get(path)
        assert before.status == 404
        assert micro(before) not in ("HIT", "STALE", "UPDATING"), micro(before)
    assert time.time() < go_live_at, "the check of the missing article came too late"

    deadline = go_live_at + WITHIN - time.time()
    wait_until(lambda: browser.get(path).status == 200, deadline, interval=1, what=path)
    assert "Scheduled for the stack" in browser.get(path).text
