"""The OpenAPI document and the URLs under /api/ must agree; the docs page loads only local assets."""

import enum
import json
import re
import typing
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from pydantic import BaseModel

# Ninja's own pages, not operations of the API.
NOT_OPERATIONS = {"openapi-json", "openapi-view", "api-root"}
HTTP_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "trace"}


def _walk(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def api_routes():
    """(route, name) of every URL pattern under /api/ in Django's resolver."""
    return [
        (route, pattern.name)
        for route, pattern in _walk(get_resolver().url_patterns)
        if route.startswith("api/") and pattern.name not in NOT_OPERATIONS
    ]


def openapi_path(route: str) -> str:
    """Django's `api/employees/<int:employee_id>` is OpenAPI's `/api/employees/{employee_id}`."""
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def concrete_url(route: str) -> str:
    return "/" + re.sub(r"<(?:\w+:)?\w+>", "1", route)


@pytest.fixture
def document(db):
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def documented_operations(document) -> set[tuple[str, str]]:
    return {
        (path, method.upper())
        for path, item in document["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


def served_operations() -> set[tuple[str, str]]:
    """Each URL's methods as the server states them: an unknown method answers 405 + Allow."""
    client = Client()
    served = set()
    for route, _name in api_routes():
        response = client.generic("TRACE", concrete_url(route))
        assert response.status_code == 405, route
        for method in response["Allow"].split(","):
            served.add((openapi_path(route), method.strip().upper()))
    return served


def test_the_resolver_has_api_routes():
    routes = {openapi_path(route) for route, _ in api_routes()}
    assert {"/api/employees", "/api/employees/{employee_id}", "/api/units", "/api/positions",
            "/api/acting-assignments", "/api/tokens", "/api/me"} <= routes


def test_every_served_operation_is_documented_and_every_documented_one_served(document):
    served, documented = served_operations(), documented_operations(document)
    assert served - documented == set(), "operations missing from the OpenAPI document"
    assert documented - served == set(), "documented operations that no URL serves"


def test_every_operation_is_described_and_protected(document):
    schemes = document["components"]["securitySchemes"]
    assert schemes["TokenAuth"] == {"type": "http", "scheme": "bearer"}
    assert schemes["SessionAuth"]["in"] == "cookie"
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            where = f"{method.upper()} {path}"
            assert operation.get("summary"), where
            assert operation.get("tags"), where
            assert operation.get("security"), f"{where} is open to anonymous callers"
            responses = operation["responses"]
            assert any(code.startswith("2") for code in responses), where
            assert "401" in responses, where
            error = responses["401"]["content"]["application/json"]["schema"]["$ref"]
            assert error.endswith("/Error"), where


def test_the_sync_identifiers_are_in_the_employee_schemas(document):
    schemas = document["components"]["schemas"]
    for name in ("EmployeeRow", "EmployeeDetail"):
        assert {"id", "nip", "siasn_id"} <= set(schemas[name]["properties"]), name


def test_list_limits_are_documented(document):
    parameters = {p["name"]: p for p in document["paths"]["/api/employees"]["get"]["parameters"]}
    assert parameters["limit"]["schema"]["maximum"] == 100
    assert parameters["limit"]["schema"]["minimum"] == 1


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.inline_scripts = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if attrs.get(name):
                self.urls.append(attrs[name])
        if tag == "script" and not attrs.get("src") and attrs.get("type") != "application/json":
            self.inline_scripts += 1


def test_the_docs_page_loads_only_local_assets(db):
    response = Client().get("/api/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assets = _Assets()
    assets.feed(page)
    assert assets.urls, "the docs page should load Swagger UI"
    for url in assets.urls:
        assert url.startswith("/static/"), f"{url} is not served by this installation"
        assert finders.find(url.removeprefix("/static/")), f"{url} is not in the static files"
    assert assets.inline_scripts == 0
    # No call out to the online validator either (a closed intranet must work).
    settings_json = re.search(r'id="swagger-settings">(.*?)</script>', page, re.S).group(1)
    swagger = json.loads(settings_json)
    assert swagger["validatorUrl"] is None
    assert swagger["url"] == "/api/openapi.json"


def _models_in(annotation, seen):
    """Pydantic models and enums reachable from a type annotation."""
    if isinstance(annotation, type) and (issubclass(annotation, BaseModel | enum.Enum)):
        if annotation in seen:
            return
        seen.add(annotation)
        if issubclass(annotation, BaseModel):
            for field in annotation.model_fields.values():
                _models_in(field.annotation, seen)
        return
    for argument in typing.get_args(annotation):
        _models_in(argument, seen)


def test_schema_names_are_unique():
    """Two classes with one name would share one entry of the document, and one would be wrong."""
    from abdi.accounts.api import router as accounts
    from abdi.org.api import router as org
    from abdi.people.api import router as people

    seen: set = set()
    for router in (accounts, org, people):
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in [*operation.response_models.values(), *operation.models]:
                    _models_in(model, seen)
    by_name: dict[str, set] = {}
    for model in seen:
        if not model.__module__.startswith("abdi."):
            continue  # ninja's per-operation wrappers never reach the components
        by_name.setdefault(model.__name__, set()).add(model)
    assert {name: classes for name, classes in by_name.items() if len(classes) > 1} == {}
