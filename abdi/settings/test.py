"""Tests: fast hashing, tasks run at once, no real mail."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ABDI_BENCH_VIEWS = True
# Its overlay would cover every page a browser journey drives; abdi/guidance/tests turn it on.
ABDI_FIRST_LOGIN_TOUR = False
WHITENOISE_AUTOREFRESH = True  # serve from the apps' static folders, no collectstatic
# Tests assert the English msgids (stable while translations are polished); the Indonesian
# default is checked by abdi/web/tests/test_translations.py and the browser journeys.
LANGUAGE_CODE = "en"
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405 - let the test database be dropped at the end
