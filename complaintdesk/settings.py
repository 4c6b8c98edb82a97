"""Settings, all read from the environment.

Production differs from a laptop only by environment variables:
``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``EMAIL_URL``-style mail
settings and ``DEBUG``. Without any of them complaintdesk runs on an SQLite file
under ``COMPLAINTDESK_DATA_DIR`` (default ``./var``).
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("COMPLAINTDESK_DATA_DIR", "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-dev-key-change-me-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "accounts",
    "audit",
    "notifications",
    "routing",
    "complaints",
    "deadlines",
    "intake",
    "intake.importing",
    "resolution",
    "capa",
    "webhooks",
    "similarity",
    "triage",
    "followup",
    "reports",
    "coaching",
    "portal",
    "ninja",
    "api",
    "web",
    "complaintdesk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "complaintdesk.reference_data.ReferenceDataMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "api.middleware.ApiProblemMiddleware",
]

ROOT_URLCONF = "complaintdesk.urls"
WSGI_APPLICATION = "complaintdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "complaintdesk" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'complaintdesk.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A kept connection is checked before reuse, so a restarted server costs no failed request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "complaintdesk.postgresql"  # Django's, with a cheaper health check
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)  # the embedded default just works
    # WAL lets the worker write while pages read; IMMEDIATE avoids lock upgrades
    # that fail with "database is locked" under concurrent writers.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:queue"
LOGOUT_REDIRECT_URL = "web:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian")), ("ka", _("Georgian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Tbilisi")

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# Static files are served by the app itself (WhiteNoise), collected or not.
WHITENOISE_USE_FINDERS = True
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", str(DATA_DIR / "media")))

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# With no mail server named, e-mails are written as files under the data folder (the embedded
# default needs no other service); set EMAIL_HOST (or EMAIL_BACKEND) to send them for real.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.filebased.EmailBackend",
)
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(DATA_DIR / "sent-mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "complaints@complaintdesk.local")

# The public base URL, for links in e-mails (status links, surveys).
COMPLAINTDESK_BASE_URL = os.environ.get("COMPLAINTDESK_BASE_URL", "http://127.0.0.1:8000")
# Contact phone given to customers on every page and e-mail (PRODUCT.md, Follow-up).
COMPLAINTDESK_CONTACT_PHONE = os.environ.get("COMPLAINTDESK_CONTACT_PHONE", "+995 32 200 00 00")
# Attachments: size and type limits.
COMPLAINTDESK_ATTACHMENT_MAX_BYTES = int(os.environ.get("COMPLAINTDESK_ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
COMPLAINTDESK_ATTACHMENT_EXTENSIONS = env_list(
    "COMPLAINTDESK_ATTACHMENT_EXTENSIONS", "pdf,jpg,jpeg,png,gif,txt,doc,docx,xls,xlsx,odt,ods,eml"
)
# Public form flood protection: at most this many submissions per address per hour.
COMPLAINTDESK_PORTAL_RATE_PER_HOUR = int(os.environ.get("COMPLAINTDESK_PORTAL_RATE_PER_HOUR", "10"))
# The public form answers at once and the worker registers the complaint a moment later
# (``intake.receiving``): for a form under heavy load. Complaints with files are registered at once.
COMPLAINTDESK_PORTAL_RECEIPTS = env_bool("COMPLAINTDESK_PORTAL_RECEIPTS", False)
# Every new complaint with a customer e-mail is acknowledged by e-mail (number, deadline, status link).
COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = env_bool("COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL", True)
# Audit records are appended to this many hash chains, one per process, so that parallel requests
# do not wait for each other's commits (``audit.models.AuditRecord``).
COMPLAINTDESK_AUDIT_CHAINS = int(os.environ.get("COMPLAINTDESK_AUDIT_CHAINS", "8"))
# The currency of remedies' values unless another is given (ISO 4217).
COMPLAINTDESK_CURRENCY = os.environ.get("COMPLAINTDESK_CURRENCY", "GEL")
# Hours after closing before the follow-up survey goes out (PRODUCT.md: 24–48 h; clamped to that window).
COMPLAINTDESK_SURVEY_DELAY_HOURS = int(os.environ.get("COMPLAINTDESK_SURVEY_DELAY_HOURS", "24"))
# Webhooks: time limits of one POST (seconds) and how many attempts before a delivery is given up.
COMPLAINTDESK_WEBHOOK_CONNECT_TIMEOUT = float(os.environ.get("COMPLAINTDESK_WEBHOOK_CONNECT_TIMEOUT", "3"))
COMPLAINTDESK_WEBHOOK_READ_TIMEOUT = float(os.environ.get("COMPLAINTDESK_WEBHOOK_READ_TIMEOUT", "10"))
COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS", "8"))
# Closed complaints a triage target needs before it is suggested (issue 7: no history, no suggestion).
COMPLAINTDESK_TRIAGE_MIN_HISTORY = int(os.environ.get("COMPLAINTDESK_TRIAGE_MIN_HISTORY", "50"))
# How many reverse proxies in front of the app append to X-Forwarded-For (0: use the peer address).
COMPLAINTDESK_TRUSTED_PROXY_COUNT = int(os.environ.get("COMPLAINTDESK_TRUSTED_PROXY_COUNT", "0"))
# Languages told apart in Cyrillic and Latin text (ISO 639-1); Georgian and other one-language scripts
# need no entry. Each Latin language costs memory in every process (coaching/language.py).
COMPLAINTDESK_DETECT_LANGUAGES = env_list("COMPLAINTDESK_DETECT_LANGUAGES", "ru,uk,en,de,fr,tr")
# "low" (trigram models, about 10 MB) or "high" (1- to 5-grams, about 190 MB for the default languages).
COMPLAINTDESK_DETECT_ACCURACY = os.environ.get("COMPLAINTDESK_DETECT_ACCURACY", "low")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
