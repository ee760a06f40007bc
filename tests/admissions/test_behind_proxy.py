"""Behind site/'s nginx every request comes from nginx's address: the rate limit must still
count each visitor on their own, and a visitor must not escape it by forging the header."""

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from admissions.models import Inquiry
from core.client_address import forwarded_client

pytestmark = pytest.mark.django_db
NGINX = "172.18.0.5"


def post_via_nginx(client, page, data, forwarded_for):
    return client.post(page.url, data, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_visitors_behind_the_proxy_are_limited_one_by_one(
    client, inquiry_page, form_data, default_team, settings
):
    settings.HAVEN_PROXY_COUNT = 1
    settings.INQUIRY_RATE_LIMIT = 2
    for _ in range(2):
        assert post_via_nginx(client, inquiry_page, form_data(), "203.0.113.9").status_code == 302
    refused = post_via_nginx(client, inquiry_page, form_data(), "203.0.113.9")
    assert "several messages from your connection" in refused.content.decode()

    # Someone else, through the same nginx, is not refused for the first visitor's messages.
    assert post_via_nginx(client, inquiry_page, form_data(), "198.51.100.7").status_code == 302
    assert Inquiry.objects.count() == 3


def test_a_forged_forwarded_header_does_not_escape_the_limit(
    client, inquiry_page, form_data, default_team, settings
):
    settings.HAVEN_PROXY_COUNT = 1
    settings.INQUIRY_RATE_LIMIT = 2
    for forged in ("10.0.0.1", "10.0.0.2"):
        # The client sent "X-Forwarded-For: <forged>"; nginx appended the address it saw.
        response = post_via_nginx(client, inquiry_page, form_data(), f"{forged}, 203.0.113.9")
        assert response.status_code == 302
    refused = post_via_nginx(client, inquiry_page, form_data(), "10.0.0.3, 203.0.113.9")
    assert "several messages from your connection" in refused.content.decode()


def test_without_a_configured_proxy_the_header_is_ignored(
    client, inquiry_page, form_data, default_team, settings
):
    settings.HAVEN_PROXY_COUNT = 0
    settings.INQUIRY_RATE_LIMIT = 1
    assert post_via_nginx(client, inquiry_page, form_data(), "203.0.113.9").status_code == 302
    refused = post_via_nginx(client, inquiry_page, form_data(), "198.51.100.7")
    assert "several messages from your connection" in refused.content.decode()


@given(header=st.text(max_size=200), count=st.integers(min_value=-2, max_value=4))
def test_any_header_gives_an_ip_address_or_nothing(header, count):
    client = forwarded_client({"HTTP_X_FORWARDED_FOR": header}, count)
    if client is not None:
        ipaddress.ip_address(client)
        assert count >= 1


@given(st.ip_addresses(v=6), st.integers(min_value=0, max_value=2**64 - 1))
def test_every_address_in_an_ipv6_clients_network_counts_as_one(address, host):
    from core.rate_limit import counted_client

    if address.ipv4_mapped is not None:
        assert counted_client(str(address)) == str(address.ipv4_mapped)
        return
    neighbour = ipaddress.IPv6Address((int(address) >> 64 << 64) | host)
    if neighbour.ipv4_mapped is None:
        assert counted_client(str(neighbour)) == counted_client(str(address))


@given(st.text(max_size=60))
def test_anything_in_remote_addr_is_counted_without_error(value):
    from core.rate_limit import counted_client

    assert isinstance(counted_client(value), str)
