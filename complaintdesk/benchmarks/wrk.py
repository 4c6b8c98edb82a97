"""HTTP load from wrk (Debian's ``wrk``): C, so the load costs the 2-core machine little of what it measures.

Each request is a new complaint (a counter per connection thread makes every body different);
the Lua ``done`` hook prints one JSON line with the throughput, the latency percentiles and how
many answers had the expected status.
"""

import json
import os
import shutil
import subprocess
from dataclasses import dataclass

COMMON = r"""
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
counter, good, bad = 0, 0, 0
expected = tonumber(os.getenv("CD_EXPECT"))
base = tonumber(os.getenv("CD_BASE"))
function response(status, headers, body)
  if status == expected then good = good + 1 else bad = bad + 1 end
end
function next_number()
  counter = counter + 1
  return base + id * 10000000 + counter
end
function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function done(summary, latency, requests)
  local expected_answers, other_answers = 0, 0
  for _, thread in ipairs(threads) do
    expected_answers = expected_answers + thread:get("good")
    other_answers = other_answers + thread:get("bad")
  end
  local errors = summary.errors
  io.write(string.format('{"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, ' ..
    '"expected": %d, "other": %d, "socket_errors": %d}\n', summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    expected_answers, other_answers, errors.connect + errors.read + errors.write + errors.timeout))
end
"""

API = COMMON + r"""
function init(args)
  headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("CD_KEY")}
  if os.getenv("CD_PREFER") ~= "" then headers["Prefer"] = os.getenv("CD_PREFER") end
end
function request()
  local n = next_number()
  local body = string.format('{"contact_name": "Irina Volkova %d", "contact_email": "irina%d@example.ru", ' ..
    '"description": "Счёт за октябрь выставлен дважды, договор 45-%d. Прошу вернуть лишний платёж.", ' ..
    '"product": "Internet 100", "language": "ru"}', n, n, n)
  return wrk.format("POST", "/api/v1/complaints", headers, body)
end
"""

PORTAL = COMMON + r"""
function init(args)
  token = os.getenv("CD_TOKEN")
  name = urlencode("Нино Беридзе ")
  description = urlencode("ინტერნეტი მესამე დღეა არ მუშაობს, აბონენტი ")
  headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = os.getenv("CD_COOKIE"),
             ["Accept-Language"] = "ru", ["Referer"] = os.getenv("CD_ORIGIN") .. "/"}
end
function request()
  local n = next_number()
  -- One customer per request: the flood limit counts addresses (the server trusts one proxy here).
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256,
                                             math.floor(n / 256) % 256, n % 256)
  local body = "csrfmiddlewaretoken=" .. token .. "&contact_name=" .. name .. n ..
    "&contact_email=nino" .. n .. "%40example.ge&description=" .. description .. n .. "&website="
  return wrk.format("POST", "/", headers, body)
end
"""


@dataclass(frozen=True)
class WrkOutcome:
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    expected: int  # answers with the expected status
    other: int
    socket_errors: int

    @property
    def per_second(self) -> float:
        return self.expected / self.seconds if self.seconds else 0.0


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def wrk_run(*, url: str, script: str, connections: int, seconds: int, env: dict[str, str],
            script_dir: str) -> WrkOutcome:
    """``connections`` concurrent connections for ``seconds``; ``env`` reaches the Lua script (``CD_*``)."""
    path = os.path.join(script_dir, f"load-{abs(hash(script))}.lua")
    with open(path, "w", encoding="utf-8") as file:
        file.write(script)
    threads = max(1, min(2, connections))
    completed = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", path, url],
        env={**os.environ, **env}, capture_output=True, text=True, check=True,
    )
    line = next(line for line in reversed(completed.stdout.splitlines()) if line.startswith("{"))
    return WrkOutcome(**json.loads(line))
