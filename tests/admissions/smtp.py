"""A local SMTP port and the settings that send mail to it, for notification tests."""

import socket

from django.test import override_settings


def unused_port() -> int:
    """A local port nothing listens on now: connecting is refused at once, until a test
    starts its own mail server there."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smtp_settings(port, **more):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=5,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        **more,
    )
