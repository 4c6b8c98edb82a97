"""Browser tests: Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

A pytest plugin, loaded by ``-p complaintdesk.tests.browser`` in pyproject.toml, so its fixtures
serve every package:

- ``page``: a Chromium page in a fresh browser context, whose relative URLs go to ``live_server``;
- ``new_page(locale=…)``: one more page in its own context (its own cookies), for a second person;
- ``screenshots``: ``screenshots.take(page, "step")`` writes numbered PNGs to
  ``test-artifacts/screenshots/<test name>/`` and prints that folder.

A test that uses them is marked ``browser`` automatically, runs after all the others, and needs
``@pytest.mark.django_db(transaction=True)`` (the live server reads the data from another thread).
Playwright's own browser download is not used: ``playwright install`` cannot reach its CDN here.
Without Chromium the tests are skipped on a laptop and fail when ``CI`` is set.
"""

import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
BROWSER_FIXTURES = {"browser", "page", "new_page"}
TIMEOUT_MS = 15_000
_report_key = pytest.StashKey[dict[str, pytest.TestReport]]()
_folders_key = pytest.StashKey[list[Path]]()


def chromium_path() -> Path:
    return Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def artifacts_dir(config: pytest.Config) -> Path:
    return Path(os.environ.get("TEST_ARTIFACTS_DIR") or config.rootpath / "test-artifacts").resolve()


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-")[:120] or "test"


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason} — CI is set, so browser tests may not be skipped", pytrace=False)
    pytest.skip(reason)


class Screenshots:
    """Numbered full-page screenshots of one test, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def take(self, page: Any, name: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{slug(name)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_folders_key] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that use a browser, and run them last.

    While Playwright's sync API is running, the test thread counts as having a running event
    loop, so ``asyncio.run`` in a later test would fail: the browser starts only after the rest.
    """
    in_browser = []
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
        if item.get_closest_marker("browser"):
            in_browser.append(item)
    last = set(in_browser)
    items[:] = [item for item in items if item not in last] + in_browser


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report = yield
    item.stash.setdefault(_report_key, {})[report.when] = report
    return report


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    folders = [folder for folder in config.stash.get(_folders_key, []) if any(folder.iterdir())]
    if folders:
        terminalreporter.section("browser screenshots")
        for folder in folders:
            terminalreporter.write_line(str(folder))


def _screenshot_folder(request: pytest.FixtureRequest) -> Path:
    folder = artifacts_dir(request.config) / "screenshots" / slug(request.node.name)
    if folder not in request.config.stash[_folders_key]:
        shutil.rmtree(folder, ignore_errors=True)
        request.config.stash[_folders_key].append(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if not executable.exists():
        _unavailable(f"Chromium is not installed at {executable} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    # Playwright's sync API keeps an event loop in the test thread; Django refuses ORM calls from a
    # thread with a running loop unless told it is safe, which it is here: tests are sequential.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: Any, live_server: Any, request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """Open a page in a new browser context; ``locale`` sets the browser's Accept-Language."""
    contexts: list[Any] = []

    def make(*, locale: str = "en-US", **context_args: Any) -> Any:
        context = browser.new_context(base_url=live_server.url, locale=locale,
                                      viewport={"width": 1280, "height": 900}, **context_args)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    reports = request.node.stash.get(_report_key, {})
    if any(report.failed for report in reports.values()):
        folder = _screenshot_folder(request)
        for n, context in enumerate(contexts, start=1):
            for m, page in enumerate(context.pages, start=1):
                page.screenshot(path=str(folder / f"failure-{n}-{m}.png"), full_page=True)
        print(f"\nfailure screenshots: {folder}")
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[..., Any]) -> Any:
    return new_page()


@pytest.fixture
def screenshots(request: pytest.FixtureRequest) -> Screenshots:
    folder = _screenshot_folder(request)
    print(f"\nscreenshots: {folder}")
    return Screenshots(folder)
