import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.dev")
application = get_wsgi_application()

# Load every view module now, then move what was loaded out of the garbage collector's sight:
# the long-lived objects of a worker (modules, URL patterns, compiled templates later) are never
# garbage, and scanning them in every full collection paused requests for tens of milliseconds.
get_resolver().url_patterns  # noqa: B018 - importing the views is the point
gc.collect()
gc.freeze()
