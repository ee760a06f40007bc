"""A small browser for the stack suite: HTTPS to the local nginx with the site's Host header,
its own cookies, and a source address of its own on 127.0.0.0/8 (nginx then sees a different
visitor, as the inquiry limit and the sign-in lockout count visitors by address).

Every response is also recorded in `Browser.log`, so a test can say "no 5xx anywhere"."""

import html
import http.client
import re
import ssl
import threading
import urllib.parse
from dataclasses import dataclass, field

LOG_LOCK = threading.Lock()
STATUS_LOG: list[tuple[str, str, int]] = []  # (method, path, status) of every request


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    path: str = ""
    cookies: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    def all(self, name: str) -> list[str]:
        return self.headers.get_all(name) or []

    def field(self, name: str) -> str:
        """The value of a form field named `name` in the page."""
        for tag in re.findall(r"<input[^>]*>", self.text):
            if re.search(rf'name="{re.escape(name)}"', tag):
                match = re.search(r'value="([^"]*)"', tag)
                return html.unescape(match.group(1)) if match else ""
        raise AssertionError(f"no field {name!r} on {self.path} ({self.status})")


class Browser:
    def __init__(self, port: int, host: str, cafile: str, source: str = "127.0.0.1"):
        self.port, self.host, self.source = port, host, source
        self.context = ssl.create_default_context(cafile=cafile)
        self.cookies: dict[str, str] = {}

    def request(self, method, path, body=None, headers=None, host=None, timeout=30) -> Response:
        connection = http.client.HTTPSConnection(
            "127.0.0.1",
            self.port,
            context=self.context,
            timeout=timeout,
            source_address=(self.source, 0),
        )
        sent = {"Host": host or self.host, "User-Agent": "haven-stack-suite"}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            body = urllib.parse.urlencode(body)
        sent.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            response = Response(raw.status, raw.headers, raw.read(), path)
        finally:
            connection.close()
        for cookie in response.all("Set-Cookie"):
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if value and "max-age=0" not in cookie.lower():
                self.cookies[name.strip()] = value
            else:
                self.cookies.pop(name.strip(), None)
        with LOG_LOCK:
            STATUS_LOG.append((method, path, response.status))
        return response

    def get(self, path, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs) -> Response:
        headers = {"Referer": f"https://{self.host}{path}", "Origin": f"https://{self.host}"}
        return self.request("POST", path, body=data, headers=headers, **kwargs)


def plain_get(port: int, path: str, host: str, timeout: float = 10, headers=None):
    """A plain-HTTP GET (nginx's port 80, or gunicorn itself) with the Host header given:
    (status, body), or with `headers` (status, body, response headers)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        if headers is None:
            return response.status, response.read()
        return response.status, response.read(), response.headers
    finally:
        connection.close()
