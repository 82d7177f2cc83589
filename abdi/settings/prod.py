"""Production: gunicorn behind nginx, PostgreSQL through DATABASE_URL."""

import os

from .base import *  # noqa: F403

if SECRET_KEY.startswith("insecure-"):  # noqa: F405
    raise RuntimeError("Set ABDI_SECRET_KEY for production.")
SESSION_COOKIE_SECURE = os.environ.get("ABDI_SECURE_COOKIES", "1") == "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
