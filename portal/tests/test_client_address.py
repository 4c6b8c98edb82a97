from django.test import RequestFactory

import pytest

from portal.addresses import client_address


@pytest.mark.parametrize(
    ("remote", "forwarded", "proxies", "expected"),
    [
        ("198.51.100.7", "", 0, "198.51.100.7"),
        ("198.51.100.7", "1.2.3.4", 0, "198.51.100.7"),  # a header anyone can write is ignored
        ("10.0.0.2", "1.2.3.4, 203.0.113.9", 1, "203.0.113.9"),  # the address the trusted proxy saw
        ("10.0.0.2", "203.0.113.9", 2, "10.0.0.2"),  # fewer hops than proxies: not trusted
        ("2001:db8:1:2::10", "", 0, "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.7", "", 0, "198.51.100.7"),
    ],
)
def test_the_counted_address_is_the_one_the_trusted_proxies_saw(settings, remote, forwarded, proxies, expected):
    """Only as many X-Forwarded-For hops as there are trusted proxies are believed; IPv6 counts per /64."""
    # given
    settings.COMPLAINTDESK_TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    # when
    address = client_address(request)
    # then
    assert address == expected
