import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from abdi.web.tests.browser import shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def test_screens(world, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/accounts/login/")
    shoot(page, "acc-01-login")
    page.fill("#id_username", "xx"); page.fill("#id_password", "bad"); page.click("[data-testid=login-submit]")
    shoot(page, "acc-02-login-error")
    admin = world.users.hr_admin
    page.fill("#id_username", admin.username); page.fill("#id_password", "rahasia-123"); page.click("[data-testid=login-submit]")
    page.goto("/accounts/two-factor/")
    shoot(page, "acc-03-2fa-setup")
    page.fill("#id_code", "000000"); page.click("[data-testid=totp-submit]")
    shoot(page, "acc-04-2fa-wrong")
    import time; time.sleep(1.2)
    dev = TOTPDevice.objects.get(user=admin, confirmed=False)
    page.fill("#id_code", f"{totp(dev.bin_key):06d}"); page.click("[data-testid=totp-submit]")
    page.goto("/accounts/manage/")
    shoot(page, "acc-05-manage-list")
    page.goto(f"/accounts/manage/{world.users.own.pk}/")
    shoot(page, "acc-06-manage-detail")
    page.click("text=Reset password") if page.locator("text=Reset password").count() else page.locator("form[action$='reset-password/'] button").click()
    shoot(page, "acc-07-temp-password")
    page.goto("/accounts/tokens/")
    page.fill("#id_name", "SIMPEG sync"); page.locator("form button.primary").click()
    shoot(page, "acc-08-tokens")
    page.goto("/accounts/password/")
    shoot(page, "acc-09-password")
    page.set_viewport_size({"width": 1100, "height": 800})
    page.goto("/accounts/manage/")
    shoot(page, "acc-10-manage-wide")
    width = page.evaluate("document.documentElement.scrollWidth")
    page.context.clear_cookies()
    for _ in range(5):
        page.goto("/accounts/login/")
        page.fill("#id_username", world.users.own.username); page.fill("#id_password", "bad"); page.click("[data-testid=login-submit]")
    page.set_viewport_size({"width": 360, "height": 740})
    shoot(page, "acc-11-locked")
