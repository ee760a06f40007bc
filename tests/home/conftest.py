"""The admissions fixtures the Spanish inquiry tests share (tests/home/test_spanish.py)."""

from tests.admissions.conftest import admissions_user, form_data  # noqa: F401
