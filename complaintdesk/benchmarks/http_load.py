"""A small load generator: N requests from C processes, each one after another, timed one by one.

Processes, not threads, so that the generator's own Python does not serialise on one GIL; each
request opens its own connection, as gunicorn's sync workers close them after every answer.
"""

import http.client
import re
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass(frozen=True)
class Outcome:
    seconds: float
    requests: int
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def median(self) -> float:
        return statistics.median(self.latencies_ms)


def api_body(n: int) -> bytes:
    return (
        '{"contact_name": "Irina Volkova %d", "contact_email": "irina%d@example.ru", '
        '"description": "Счёт за октябрь выставлен дважды, договор 45-%d. Прошу вернуть лишний платёж.", '
        '"product": "Internet 100", "language": "ru"}' % (n, n, n)
    ).encode()


def api_request(host: str, port: int, n: int, key: str) -> int:
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("POST", "/api/v1/complaints", body=api_body(n),
                       headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    status = connection.getresponse().status
    connection.close()
    return status


def portal_session(host: str, port: int) -> tuple[str, str]:
    """The CSRF cookie and form token a browser would get with the empty form."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("GET", "/", headers={"Accept-Language": "ru"})
    response = connection.getresponse()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = CSRF_INPUT.search(response.read().decode()).group(1)
    connection.close()
    return cookie, token


def portal_request(host: str, port: int, n: int, session: tuple[str, str]) -> int:
    cookie, token = session
    body = urlencode({
        "csrfmiddlewaretoken": token, "contact_name": f"Нино Беридзе {n}", "contact_email": f"nino{n}@example.ge",
        "description": f"ინტერნეტი მესამე დღეა არ მუშაობს, აბონენტი {n}.", "website": "",
    }).encode()
    connection = http.client.HTTPConnection(host, port, timeout=60)
    # One customer per request: the flood limit counts addresses (the server trusts one proxy here).
    connection.request("POST", "/", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie, "Accept-Language": "ru",
        "X-Forwarded-For": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}", "Referer": f"http://{host}:{port}/"})
    status = connection.getresponse().status
    connection.close()
    return status


def worker(kind: str, host: str, port: int, numbers: range, key: str) -> list[tuple[float, int]]:
    session = portal_session(host, port) if kind == "portal" else ("", "")
    timed = []
    for n in numbers:
        started = time.perf_counter()
        status = (api_request(host, port, n, key) if kind == "api" else portal_request(host, port, n, session))
        timed.append(((time.perf_counter() - started) * 1000, status))
    return timed


def load_run(*, kind: str, host: str, port: int, requests: int, concurrency: int, key: str,
             first: int) -> Outcome:
    share = requests // concurrency
    ranges = [range(first + i * share, first + (i + 1) * share) for i in range(concurrency)]
    with ProcessPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(noop, range(concurrency)))  # processes up before the clock starts
        started = time.perf_counter()
        results = list(pool.map(worker, [kind] * concurrency, [host] * concurrency, [port] * concurrency, ranges,
                                [key] * concurrency))
        seconds = time.perf_counter() - started
    timed = [item for result in results for item in result]
    statuses: dict[int, int] = {}
    for _ms, status in timed:
        statuses[status] = statuses.get(status, 0) + 1
    return Outcome(seconds=seconds, requests=len(timed), latencies_ms=[ms for ms, _status in timed],
                   statuses=statuses)


def noop(_: int) -> None:
    return None


