"""A short mixed load through nginx (the 60-second one is `bench/load.py --stack`)."""

import pytest

from tests.stack.load import describe, mixed_load
from tests.stack.running import SUMMARY
from tests.stack.traffic import wrk_available


@pytest.mark.skipif(not wrk_available(), reason="wrk is not installed (apt-get install wrk)")
def test_a_short_mixed_load_loses_nothing(running):
    result = mixed_load(running, seconds=10)
    SUMMARY.append(f"short mixed load through nginx: {describe(result)}")
    assert result["requests"] > 100, describe(result)
    assert result["server_errors"] == 0 and result["socket_errors"] == 0, describe(result)
    assert result["inquiries_accepted"] >= 2, describe(result)
    assert result["inquiries_accepted"] == result["inquiries_posted"], describe(result)
    assert result["inquiries_stored"] == result["inquiries_accepted"], describe(result)
    assert result["notifications"] == result["inquiries_stored"], describe(result)
    assert result["notified_twice"] == 0, describe(result)
