"""Reading the environment for settings: one clear line when a variable is wrong."""

import os
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


class EnvError(SystemExit):
    """Raised for a missing or malformed variable; SystemExit prints only its message."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"Haven cannot start: {name} {problem}.")
        self.variable = name


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise EnvError(name, "is not set (see site/env.example)")
    return value


def optional(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def as_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in optional(name, default).split(",") if item.strip()]


def as_int(name: str, default: int) -> int:
    raw = optional(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise EnvError(name, f"must be a whole number, not {raw!r}") from None


def as_float(name: str, default: float) -> float:
    raw = optional(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise EnvError(name, f"must be a number, not {raw!r}") from None


def as_bool(name: str, default: bool = False) -> bool:
    raw = optional(name).lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise EnvError(name, f"must be true or false, not {raw!r}")


def database(name: str = "DATABASE_URL") -> dict:
    import dj_database_url

    url = required(name)
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception:  # dj-database-url raises several types for a bad URL
        raise EnvError(
            name, "is not a database URL such as postgres://user@host:5432/haven"
        ) from None
    if not config.get("ENGINE"):
        raise EnvError(name, "names an unknown database scheme")
    return config


def email(name: str = "EMAIL_URL") -> dict:
    """smtp://{user}:{password}@{host}:587 (STARTTLS with smtp+tls://, TLS with smtps://)."""
    url = required(name)
    parts = urlsplit(url)
    schemes = {"smtp": {}, "smtp+tls": {"EMAIL_USE_TLS": True}, "smtps": {"EMAIL_USE_SSL": True}}
    if parts.scheme not in schemes or not parts.hostname:
        raise EnvError(
            name, "must look like smtp://{user}:{password}@{host}:587 (or smtp+tls://, smtps://)"
        )
    try:
        port = parts.port or (
            465 if parts.scheme == "smtps" else 587 if parts.scheme == "smtp+tls" else 25
        )
    except ValueError:
        raise EnvError(name, "has a port that is not a number") from None
    config = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_TIMEOUT": int(parse_qs(parts.query).get("timeout", ["10"])[0]),
    }
    config.update(schemes[parts.scheme])
    return config


def fernet_keys(name: str = "FIELD_ENCRYPTION_KEYS") -> list[str]:
    """Comma-separated Fernet keys: the first encrypts, all decrypt (rotation)."""
    from cryptography.fernet import Fernet

    keys = as_list(name)
    if not keys:
        raise EnvError(
            name,
            "is not set (make one with: python -c 'from cryptography.fernet "
            "import Fernet; print(Fernet.generate_key().decode())')",
        )
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            raise EnvError(name, f"key number {position} is not a valid Fernet key") from None
    return keys


def local_fernet_key(path: Path) -> str:
    """The embedded default: one key in a file under var/, made on first use, never committed."""
    from cryptography.fernet import Fernet

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return path.read_text().strip()


def fail(message: str) -> None:
    print(message, file=sys.stderr)
    raise SystemExit(1)
