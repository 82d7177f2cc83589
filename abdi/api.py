"""The JSON API root; each domain adds its router from its own api.py."""

from ninja import NinjaAPI

api = NinjaAPI(title="Abdi API", version="1", urls_namespace="api", docs_url="/docs",
               openapi_url="/openapi.json")
