"""Settings shared by every environment; environment variables override the defaults.

The embedded default is SQLite in WAL mode under var/; production sets DATABASE_URL to
PostgreSQL and REDIS_URL for the cache and sessions.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("ABDI_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("ABDI_SECRET_KEY", "insecure-dev-key-change-me-in-production-abdi")
DEBUG = env_bool("ABDI_DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("ABDI_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("ABDI_CSRF_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "abdi.core",
    "abdi.tenancy",
    "abdi.accounts",
    "abdi.audit",
    "abdi.org",
    "abdi.people",
    "abdi.performance",
    "abdi.allowance",
    "abdi.discipline",
    "abdi.rewards",
    "abdi.welfare",
    "abdi.frontdesk",
    "abdi.complaints",
    "abdi.surveys",
    "abdi.service_ratings",
    "abdi.public_forums",
    "abdi.citizen_dashboard",
    "abdi.workforce",
    "abdi.recruitment",
    "abdi.cat",
    "abdi.competency",
    "abdi.training",
    "abdi.talent",
    "abdi.teams",
    "abdi.teamspace",
    "abdi.events",
    "abdi.knowledge",
    "abdi.guidance",
    "abdi.transfer",
    "abdi.web",
    "abdi.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "abdi.core.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "abdi.accounts.middleware.PrincipalPrefetchMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "abdi.accounts.middleware.ApiTokenMiddleware",
    "abdi.accounts.middleware.CachedOTPMiddleware",
    "abdi.accounts.middleware.SecondFactorRequiredMiddleware",
    "abdi.accounts.middleware.PasswordChangeRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "abdi.tenancy.middleware.TenantScopeMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "abdi.urls"
WSGI_APPLICATION = "abdi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "abdi" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "abdi.web.context.navigation",
                "abdi.web.context.layout",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'abdi.sqlite3'}"),
        conn_max_age=int(os.environ.get("ABDI_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer commits; IMMEDIATE avoids lock upgrades mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Lets abdi.core.prepared prepare the busiest writes (Django's own cursors never prepare);
    # ABDI_DB_PREPARED=0 behind a pooler that cannot keep a session's prepared statements.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = (
        5 if os.environ.get("ABDI_DB_PREPARED", "1") == "1" else None)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "abdi.core.cache.SharedClientRedisCache", "LOCATION": REDIS_URL}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "abdi.accounts.backends.NipOrEmailBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Sessions end a working day (8 h) after login or last change, or when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("ABDI_SESSION_SECONDS", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("ABDI_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Lock-out after repeated failed logins (django-axes): per username and address.
AXES_FAILURE_LIMIT = int(os.environ.get("ABDI_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("ABDI_LOGIN_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "abdi.accounts.views.lockout_response"
AXES_USERNAME_FORM_FIELD = "username"
# Count " NIP", "nip " and "NIP" as one username, as the login backend does.
AXES_USERNAME_CALLABLE = "abdi.accounts.backends.axes_username"
AXES_VERBOSE = False

OTP_TOTP_ISSUER = "Abdi"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "abdi" / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Jakarta"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

# Uploads: a request body beyond these is refused before it reaches a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
ABDI_IMPORT_MAX_BYTES = int(os.environ.get("ABDI_IMPORT_MAX_BYTES", str(20 * 1024 * 1024)))
ABDI_IMPORT_SYNC_ROWS = int(os.environ.get("ABDI_IMPORT_SYNC_ROWS", "2000"))
ABDI_PHOTO_MAX_BYTES = 2 * 1024 * 1024

# Announcement signing (abdi/cat, docs/cat.md): a PKCS#12 file with the BKPSDM's key and certificate;
# unset, a self-signed one is made under VAR_DIR/signing/ on first use.
ABDI_SIGNING_P12 = os.environ.get("ABDI_SIGNING_P12", "")
ABDI_SIGNING_P12_PASSWORD = os.environ.get("ABDI_SIGNING_P12_PASSWORD", "")

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = os.environ.get("ABDI_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("ABDI_FROM_EMAIL", "abdi@localhost")

ABDI_BENCH_VIEWS = env_bool("ABDI_BENCH_VIEWS", False)
# The guided tour shown once after a member's first login (abdi.guidance).
ABDI_FIRST_LOGIN_TOUR = env_bool("ABDI_FIRST_LOGIN_TOUR", True)
# How many reverse proxies (nginx) stand in front: only then is X-Forwarded-For believed.
ABDI_TRUSTED_PROXY_COUNT = int(os.environ.get("ABDI_TRUSTED_PROXY_COUNT", "0"))
AXES_IPWARE_PROXY_COUNT = ABDI_TRUSTED_PROXY_COUNT or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if ABDI_TRUSTED_PROXY_COUNT else ["REMOTE_ADDR"]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ABDI_LOG_LEVEL", "WARNING")},
}
ABDI_IMPORT_MAX_ROWS = int(os.environ.get("ABDI_IMPORT_MAX_ROWS", "100000"))
# SQLite cannot enforce RoleGrant's NULLS NOT DISTINCT constraint; accounts.services.grant_role
# refuses duplicates itself, and PostgreSQL enforces the constraint too.
SILENCED_SYSTEM_CHECKS = ["models.W047"]
