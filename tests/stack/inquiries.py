"""Inquiries as a person sends them through nginx: the form, a wait as long as a person takes
to fill it in, then the POST with the form's own tokens. Each comes from an address of its own
on 127.0.0.0/8, so the per-visitor limit on inquiries never stands in the way of a count."""

import itertools
import re
import threading
import time
import uuid

ADDRESSES = (f"127.0.{a}.{b}" for a, b in itertools.product(range(10, 250), range(2, 250)))
_address_lock = threading.Lock()
MIN_FILL_SECONDS = 3.2  # admissions.spam.min_fill_seconds() in production, and a margin


_accepted: list = []  # every inquiry the site took, in this run


def accepted_count() -> int:
    with _address_lock:
        return len(_accepted)


def next_address() -> str:
    with _address_lock:
        return next(ADDRESSES)


class Inquiry:
    """One person's inquiry: `open()` fetches the form, `send()` posts it once it may be."""

    def __init__(self, stack, path: str):
        self.stack, self.path = stack, path
        self.browser = stack.browser(next_address())
        marker = uuid.uuid4().hex[:10]
        # Values to look for later in mail, logs and caches: none may appear there.
        self.personal = {
            "first_name": f"Wren{marker}",
            "email": f"wren.{marker}@example.com",
            "phone": "215-555-01" + str(int(marker, 16) % 90 + 10),
        }
        self.form: dict = {}
        self.opened = 0.0

    def open(self) -> "Inquiry":
        page = self.browser.get(self.path)
        assert page.status == 200, (page.status, page.path)
        self.form = {name: page.field(name) for name in ("csrfmiddlewaretoken", "started")}
        self.opened = time.monotonic()
        self.choices = {name: first_choice(page.text, name) for name in CHOICE_FIELDS}
        return self

    def send(self):
        wait = MIN_FILL_SECONDS - (time.monotonic() - self.opened)
        if wait > 0:
            time.sleep(wait)
        data = {**self.form, **self.choices, **self.personal}
        data.update(zip_code="19103", consent="on", website="")
        response = self.browser.post(self.path, data)
        if accepted(response):
            with _address_lock:
                _accepted.append(self)
        return response


CHOICE_FIELDS = ("preferred_contact", "best_time", "for_whom", "interest")


def first_choice(page: str, name: str) -> str:
    """The first real option of a radio group or select named `name` on the form."""
    radio = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]+)"', page) or re.search(
        rf'<input[^>]*value="([^"]+)"[^>]*name="{name}"', page
    )
    if radio:
        return radio.group(1)
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert select, f"the inquiry form has no field {name}"
    options = [value for value in re.findall(r'<option[^>]*value="([^"]*)"', select.group(1))]
    return next(value for value in options if value)


def accepted(response) -> bool:
    """A stored inquiry is answered with a redirect to the page's thank-you route."""
    return response.status in (302, 303) and response.header("Location").endswith("/thanks/")
