"""Playwright driving Debian's chromium, for the one browser journey per capability."""

import os
import shutil
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is missing: run scripts/ensure-chromium.sh (make test does).")
    return path


@pytest.fixture
def browser_page(live_server):
    # Playwright's sync API runs an event loop; the test server's ORM calls are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server.url, locale="id-ID")
        page = context.new_page()
        page.set_default_timeout(15000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def shoot(page, name: str) -> Path:
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# The password every test account has (abdi.accounts.tests.factories.UserFactory).
TEST_PASSWORD = "rahasia-123"


def current_code(user) -> str:
    """The TOTP code the user's confirmed device shows now."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def skip_first_login_tour(user) -> None:
    """Record the first-login tour as seen: its overlay would cover the page a journey drives.
    The guidance journey, which is about the tour, logs in with `tour=True` instead."""
    from django_scopes import scopes_disabled

    from abdi.guidance.models import TourProgress
    from abdi.guidance.tour import TOUR_VERSION

    if not getattr(user, "instansi_id", None):
        return  # the tour is for members of a government only
    with scopes_disabled():
        TourProgress.objects.get_or_create(
            instansi_id=user.instansi_id, user=user, version=TOUR_VERSION,
            defaults={"outcome": TourProgress.Outcome.SKIPPED})


def log_in(page, user, *, second_factor=False, tour=False) -> None:
    """Fill the login form (Indonesian or English labels), and the second factor when asked.
    Unless `tour`, the first-login tour counts as seen already."""
    import re

    if not tour:
        skip_first_login_tour(user)
    page.get_by_label(re.compile("NIP")).fill(user.username)
    page.get_by_label(re.compile("Sandi|Kata sandi|Password")).fill(TEST_PASSWORD)
    page.get_by_role("button", name=re.compile("Masuk|Log in")).click()
    if second_factor:
        page.wait_for_url(re.compile("/accounts/two-factor/"))
        page.get_by_label(re.compile("6")).fill(current_code(user))
        page.get_by_role("button", name=re.compile("Verifikasi|Verify")).click()


def new_page(page, live_server):
    """A second browser context (another person) on the same live server, in Indonesian."""
    other = page.context.browser.new_context(base_url=live_server.url, locale="id-ID").new_page()
    other.set_default_timeout(15000)
    return other
