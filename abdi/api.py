"""The JSON API root; each domain adds its router from its own api.py."""

import functools

from django.http import HttpResponseNotAllowed
from ninja import NinjaAPI, Swagger

from abdi.accounts.api import router as accounts_router
from abdi.complaints.api import router as complaints_router
from abdi.core.api import JsonParser, error_response, government_auth, install_error_handlers
from abdi.org.api import router as org_router
from abdi.people.api import router as people_router
from abdi.performance.api import router as performance_router
from abdi.performance.api_appraisal import router as appraisal_router

DESCRIPTION = """
Abdi's data under the same permissions as its pages.

**Authentication**: a browser session (unsafe methods need the `X-CSRFToken` header), or
`Authorization: Bearer abdi_…` with a token created at `POST /api/tokens`.
**Lists** take `limit` (at most 100) and `offset`. **Errors** are
`{"detail": "…", "errors": {"field": ["…"]}}` in the language of `Accept-Language`.
"""



class AbdiAPI(NinjaAPI):
    """NinjaAPI whose "method not allowed" answer is JSON like every other error."""

    def _get_urls(self):
        patterns = super()._get_urls()
        for pattern in patterns:
            pattern.callback = self._json_405(pattern.callback)
        return patterns

    def _json_405(self, view):
        @functools.wraps(view)  # keeps csrf_exempt: ninja checks CSRF itself
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if isinstance(response, HttpResponseNotAllowed):
                allowed = response["Allow"]
                response = error_response(self, request, 405)
                response["Allow"] = allowed
            return response

        return wrapper


api = AbdiAPI(
    title="Abdi API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    # Swagger UI from ninja's bundled static files; no call to the online validator.
    docs=Swagger(settings={"validatorUrl": None, "persistAuthorization": False}),
    auth=government_auth,
    parser=JsonParser(),
)
install_error_handlers(api)

api.add_router("/", accounts_router)
api.add_router("/employees", people_router)
api.add_router("/", org_router)
api.add_router("/performance", performance_router)
api.add_router("/performance", appraisal_router)
api.add_router("/", complaints_router)  # /complaints, /complaints/{complaint_id}
