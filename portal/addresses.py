"""The client's network address, as the flood protection counts it."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

# One IPv6 host usually owns a whole /64: counting single addresses would let it rotate freely.
IPV6_PREFIX = 64


def client_address(request: HttpRequest) -> str:
    """The address the request came from, normalised; IPv6 reduced to its /64 network.

    Behind reverse proxies set ``COMPLAINTDESK_TRUSTED_PROXY_COUNT`` to the number of
    proxies that append to ``X-Forwarded-For``; without it the header is ignored,
    because any client can write it.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.COMPLAINTDESK_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    return address_normalise(address)


def address_normalise(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return address.strip()[:100]
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)
