import pytest

from tests.articles.factories import ArticleIndexPageFactory


@pytest.fixture
def article_index(home_page):
    index = ArticleIndexPageFactory.build(title="Articles", slug="articles")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def staff_login(client):
    """Sign a user in with a confirmed second factor, as the admin requires of superusers."""

    def login(user):
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return login
