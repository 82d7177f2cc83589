"""The performance API: permission matrix, idempotent reports, optimistic locking, hostile
input, token auth, query counts, and the identifiers the BKN e-Kinerja sync needs."""

import datetime
import json
import uuid
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from abdi.accounts.models import ApiToken
from abdi.accounts.tests.factories import UserFactory
from abdi.audit.models import AuditEntry
from abdi.conftest import log_in
from abdi.performance import services
from abdi.performance.models import Activity, Skp, SkpEvent, SkpIndicator, SkpResult
from abdi.tenancy.scoping import within

from .conftest import actor_of, make_plan

API = "/api/performance"


def send(client, method, url, body=None, **headers):
    if body is None:
        return getattr(client, method)(url, **headers)
    return getattr(client, method)(url, data=json.dumps(body), content_type="application/json",
                                   **headers)


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def report(world, plans, **overrides) -> dict:
    body = {"indicator": plans.own.output.pk, "date": plans.today.isoformat(),
            "description": "Menyusun laporan pembinaan SD 3", "quantity": "2", "minutes": 90,
            "evidence_link": "https://drive.example.go.id/laporan.pdf",
            "client_key": str(uuid.uuid4())}
    return body | overrides


def record(world, plans, description="Memeriksa laporan sekolah"):
    with within(world.gov):
        activity, _created = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output,
            values={"date": plans.today, "description": description, "quantity": "1",
                    "minutes": "60"})
    return activity


def version_of(skp) -> int:
    with scopes_disabled():
        return Skp.objects.get(pk=skp.pk).version


@pytest.fixture
def stage(world, plans):
    """Besides the approved plans: a draft of next year (to edit), a plan of last year waiting
    for approval, an activity waiting for validation, and an account for the peer."""
    year = plans.today.year
    with within(world.gov):
        draft = services.create_skp(actor=actor_of(world.users.own), employee=world.own,
                                    year=year + 1)
        boss_last_year = make_plan(world.users.supervisor, world.supervisor, year=year - 1)
        last_year = make_plan(world.users.own, world.own, year=year - 1,
                              parent=boss_last_year.result)
        submitted = services.move_skp(actor=actor_of(world.users.own), skp=last_year.skp,
                                      action="submit")
    with scopes_disabled():
        world.users.peer = UserFactory(username=world.peer.nip, instansi=world.gov,
                                       employee=world.peer, display_name=world.peer.name)
    return SimpleNamespace(draft=draft, submitted=submitted, activity=record(world, plans))


# ---------------------------------------------------------------- the permission matrix

PERSONAS = ["own", "supervisor", "peer", "other_unit", "agency_admin", "hr_admin", "leader",
            "operator", "other_gov", "anonymous"]

OPERATIONS = {
    "read_skp": lambda w, p, s: ("get", f"{API}/skp/{p.own.skp.pk}", None),
    "edit_skp": lambda w, p, s: ("post", f"{API}/skp/{s.draft.pk}/results",
                                 {"category": "TAMBAHAN", "text": "Hasil kerja tambahan"}),
    "approve_skp": lambda w, p, s: ("post", f"{API}/skp/{s.submitted.pk}/transitions",
                                    {"action": "approve", "version": version_of(s.submitted)}),
    "submit_activity": lambda w, p, s: ("post", f"{API}/activities", report(w, p)),
    "validate_activity": lambda w, p, s: ("post", f"{API}/activities/{s.activity.pk}/approve",
                                          None),
    "read_queue": lambda w, p, s: ("get", f"{API}/validation-queue", None),
}

# Columns follow OPERATIONS. The activity indicator of a plan one may not see is unknown (422,
# a field of the body); a plan one may see but not change is 403; one out of sight is 404.
EXPECTED = {
    #                read edit approve submit validate queue
    "own":          (200, 201, 403,    201,   403,     403),
    "supervisor":   (200, 403, 200,    403,   200,     200),
    "peer":         (404, 404, 404,    422,   404,     403),
    "other_unit":   (404, 404, 404,    422,   404,     403),
    "agency_admin": (200, 403, 403,    403,   403,     403),
    "hr_admin":     (200, 403, 403,    403,   403,     403),
    "leader":       (200, 403, 403,    403,   403,     403),
    "operator":     (403, 403, 403,    403,   403,     403),
    "other_gov":    (404, 404, 404,    422,   404,     403),
    "anonymous":    (401, 401, 401,    401,   401,     401),
}

MATRIX = [
    pytest.param(persona, operation, EXPECTED[persona][i], id=f"{persona}-{operation}")
    for persona in PERSONAS
    for i, operation in enumerate(OPERATIONS)
]


def test_matrix_covers_every_persona_and_operation():
    assert set(EXPECTED) == set(PERSONAS)
    assert all(len(row) == len(OPERATIONS) for row in EXPECTED.values())


def _state(world):
    """Everything a refused call must leave as it was."""
    with scopes_disabled():
        return (
            list(Skp.objects.order_by("pk").values_list("pk", "status", "version", "revision")),
            list(SkpResult.objects.order_by("pk").values_list("pk", "text")),
            list(SkpIndicator.objects.order_by("pk").values_list("pk", "realised")),
            list(Activity.objects.order_by("pk").values_list("pk", "status", "version")),
            SkpEvent.objects.count(),
            AuditEntry.objects.count(),
        )


@pytest.mark.parametrize(("persona", "operation", "expected"), MATRIX)
def test_permission_matrix(client, world, plans, stage, persona, operation, expected):
    if persona != "anonymous":
        log_in(client, getattr(world.users, persona))
    method, url, body = OPERATIONS[operation](world, plans, stage)
    before = _state(world)

    response = send(client, method, url, body)

    assert response.status_code == expected, response.content
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    if expected >= 400:
        assert data["detail"]
        assert isinstance(data["errors"], dict)
        assert _state(world) == before, "a refused call must change nothing"
    elif method == "post":
        assert _state(world) != before


def test_refusals_say_why_in_english(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    response = send(client, "post", f"{API}/skp/{stage.draft.pk}/results",
                    {"text": "Hasil kerja"})
    assert response.status_code == 403
    assert response.json()["detail"] == "Only the employee may change their own SKP."

    log_in(client, world.users.own)
    response = send(client, "post", f"{API}/activities/{stage.activity.pk}/approve")
    assert response.json()["detail"] == "Only the employee's atasan validates their activities."
    response = client.get(f"{API}/validation-queue")
    assert response.json()["detail"] == "Only an atasan validates activities."


# ---------------------------------------------------------------- reading plans


def test_plan_detail_carries_the_whole_plan_and_the_sync_ids(client, world, plans):
    log_in(client, world.users.own)
    data = client.get(f"{API}/skp/{plans.own.skp.pk}").json()
    assert data["id"] == plans.own.skp.pk
    assert {"ekinerja_id", "version", "revision", "status"} <= set(data)
    assert data["status"] == "approved"
    assert data["employee"] == {"id": world.own.pk, "nip": world.own.nip, "name": world.own.name}
    assert data["appraiser"]["id"] == world.supervisor.pk
    [result] = data["results"]
    assert result["id"] == plans.own.result.pk
    assert result["parent_id"] == plans.supervisor.result.pk
    assert "ekinerja_id" in result
    assert [i["id"] for i in result["indicators"]] == [plans.own.output.pk, plans.own.outcome.pk]
    assert all("ekinerja_id" in i for i in result["indicators"])
    assert [b["value_number"] for b in data["behaviours"]] == [1, 2, 3, 4, 5, 6, 7]
    assert data["behaviours"][0]["name"] == "Berorientasi Pelayanan"
    assert [part["kind"] for part in data["lampiran"]] == ["DUKUNGAN_SD", "SKEMA_PJ", "KONSEKUENSI"]
    assert data["can_edit"] is False
    assert data["actions"] == ["amend"]


def test_the_atasan_sees_what_they_may_do(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    data = client.get(f"{API}/skp/{stage.submitted.pk}").json()
    assert sorted(data["actions"]) == ["approve", "return"]
    assert data["can_set_expectations"] is True
    assert data["can_edit"] is False


def test_the_list_shows_own_plans_and_filters(client, world, plans, stage):
    log_in(client, world.users.own)
    data = client.get(f"{API}/skp").json()
    assert data["count"] == 3
    assert [row["year"] for row in data["items"]] == [plans.today.year + 1, plans.today.year,
                                                      plans.today.year - 1]
    assert data["items"][0]["employee"]["nip"] == world.own.nip
    assert {row["id"] for row in client.get(f"{API}/skp", {"status": "submitted"}).json()["items"]} \
        == {stage.submitted.pk}
    assert client.get(f"{API}/skp", {"year": plans.today.year}).json()["count"] == 1


@pytest.mark.parametrize(("persona", "count"), [
    ("own", 3), ("supervisor", 3), ("agency_admin", 3), ("hr_admin", 3), ("leader", 3),
    ("peer", 0), ("other_unit", 0), ("other_gov", 0),
])
def test_the_employee_filter_shows_only_plans_one_may_see(client, world, plans, stage, persona,
                                                         count):
    log_in(client, getattr(world.users, persona))
    data = client.get(f"{API}/skp", {"employee": world.own.pk}).json()
    assert data["count"] == count


# ---------------------------------------------------------------- planning


def test_the_employee_plans_through_the_api(client, world, plans, stage):
    log_in(client, world.users.own)
    base = f"{API}/skp/{stage.draft.pk}"
    result = send(client, "post", f"{base}/results", {"category": "TAMBAHAN", "text": "Hasil A"})
    assert result.status_code == 201, result.content
    result = result.json()
    assert result["skp_version"] == version_of(stage.draft)

    changed = send(client, "patch", f"{base}/results/{result['id']}", {"text": "Hasil B"})
    assert changed.status_code == 200, changed.content
    assert changed.json()["text"] == "Hasil B"
    assert changed.json()["category"] == "TAMBAHAN"  # what was not sent stays

    indicator = send(client, "post", f"{base}/results/{result['id']}/indicators", {
        "aspect": "KUANTITAS", "text": "Dokumen", "target_value": "4", "target_unit": "dokumen"})
    assert indicator.status_code == 201, indicator.content
    indicator = indicator.json()
    assert indicator["target_value"] == "4.00"
    assert indicator["kind"] == "output"

    changed = send(client, "patch", f"{base}/indicators/{indicator['id']}", {"target_value": 6})
    assert changed.status_code == 200, changed.content
    assert changed.json()["target_value"] == "6.00"
    assert changed.json()["text"] == "Dokumen"

    lampiran = send(client, "put", f"{base}/lampiran",
                    {"kind": "DUKUNGAN_SD", "lines": ["PC", "  printer  ", ""]})
    assert lampiran.status_code == 200, lampiran.content
    assert lampiran.json()["lines"] == ["PC", "printer"]

    assert send(client, "delete", f"{base}/indicators/{indicator['id']}").status_code == 204
    assert send(client, "delete", f"{base}/results/{result['id']}").status_code == 204
    with scopes_disabled():
        assert not SkpResult.objects.filter(skp_id=stage.draft.pk).exists()

    # The submit refuses a plan without results, and says why.
    refused = send(client, "post", f"{base}/transitions",
                   {"action": "submit", "version": version_of(stage.draft)})
    assert refused.status_code == 422
    assert refused.json()["detail"] == "Add at least one planned result."


def test_an_admin_in_charge_makes_a_plan_for_an_employee(client, world, plans):
    log_in(client, world.users.agency_admin)
    response = send(client, "post", f"{API}/skp",
                    {"year": plans.today.year + 1, "employee": world.peer.pk})
    assert response.status_code == 201, response.content
    assert response.json()["employee"]["nip"] == world.peer.nip
    assert response.json()["status"] == "draft"
    again = send(client, "post", f"{API}/skp",
                 {"year": plans.today.year + 1, "employee": world.peer.pk})
    assert again.status_code == 409


def test_a_plan_of_someone_out_of_sight_is_an_unknown_employee(client, world, plans):
    log_in(client, world.users.other_unit)
    response = send(client, "post", f"{API}/skp", {"year": plans.today.year, "employee": world.own.pk})
    assert response.status_code == 422
    assert response.json()["errors"] == {"employee": ["Unknown employee."]}


def test_a_result_or_indicator_must_belong_to_the_plan_in_the_path(client, world, plans, stage):
    log_in(client, world.users.own)
    other_result = plans.own.result.pk  # of this year's plan, not of the draft
    other_indicator = plans.own.output.pk
    base = f"{API}/skp/{stage.draft.pk}"
    assert send(client, "patch", f"{base}/results/{other_result}", {"text": "x"}).status_code == 404
    assert send(client, "delete", f"{base}/results/{other_result}").status_code == 404
    assert send(client, "post", f"{base}/results/{other_result}/indicators", {
        "text": "x", "target_value": 1, "target_unit": "x"}).status_code == 404
    assert send(client, "patch", f"{base}/indicators/{other_indicator}",
                {"text": "x"}).status_code == 404
    assert send(client, "post", f"{base}/indicators/{other_indicator}/outcome",
                {"value": 1, "evidence": "x"}).status_code == 404


def test_the_whole_approval_flow(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    base = f"{API}/skp/{stage.submitted.pk}"
    expectation = send(client, "put", f"{base}/expectations",
                       {"value_number": 2, "text": "Tepat waktu"})
    assert expectation.status_code == 200, expectation.content
    assert expectation.json()["expectation"] == "Tepat waktu"
    returned = send(client, "post", f"{base}/transitions",
                    {"action": "return", "note": "Perbaiki target",
                     "version": expectation.json()["skp_version"]})
    assert returned.status_code == 200, returned.content
    assert returned.json()["status"] == "returned"
    assert returned.json()["return_note"] == "Perbaiki target"

    log_in(client, world.users.own)
    submitted = send(client, "post", f"{base}/transitions",
                     {"action": "submit", "version": returned.json()["version"]})
    assert submitted.status_code == 200, submitted.content

    log_in(client, world.users.supervisor)
    approved = send(client, "post", f"{base}/transitions",
                    {"action": "approve", "version": submitted.json()["version"]})
    assert approved.status_code == 200, approved.content
    assert approved.json()["status"] == "approved"
    assert approved.json()["approved_at"]


def test_outcome_and_feedback(client, world, plans, stage):
    log_in(client, world.users.own)
    base = f"{API}/skp/{plans.own.skp.pk}"
    outcome = send(client, "post", f"{base}/indicators/{plans.own.outcome.pk}/outcome",
                   {"value": "93.5", "evidence": "Data Dapodik Juni"})
    assert outcome.status_code == 200, outcome.content
    assert outcome.json()["realised"] == "93.50"
    output = send(client, "post", f"{base}/indicators/{plans.own.output.pk}/outcome",
                  {"value": "1", "evidence": "x"})
    assert output.status_code == 422
    assert output.json()["detail"] == "This indicator is counted from validated activities."

    log_in(client, world.users.supervisor)
    feedback = send(client, "post", f"{base}/feedback",
                    {"target": "result", "target_id": plans.own.result.pk, "text": "Bagus"})
    assert feedback.status_code == 201, feedback.content
    assert feedback.json()["author"]["id"] == world.supervisor.pk
    wrong = send(client, "post", f"{base}/feedback",
                 {"target": "result", "target_id": plans.supervisor.result.pk, "text": "x"})
    assert wrong.status_code == 422
    log_in(client, world.users.own)
    shown = client.get(base).json()["feedback"]
    assert [(f["target"], f["target_id"], f["text"]) for f in shown] == [
        ("result", plans.own.result.pk, "Bagus")]


# ---------------------------------------------------------------- optimistic locking


def test_a_stale_version_is_a_conflict_and_changes_nothing(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    url = f"{API}/skp/{stage.submitted.pk}/transitions"
    version = version_of(stage.submitted)
    before = _state(world)
    stale = send(client, "post", url, {"action": "approve", "version": version - 1})
    assert stale.status_code == 409
    assert stale.json()["detail"] == "Someone else changed this SKP meanwhile. Reload and try again."
    assert _state(world) == before


def test_two_clients_with_the_same_version_one_wins(world, plans, stage):
    """The atasan approves while the employee asks it back: the later one gets 409."""
    version = version_of(stage.submitted)
    url = f"{API}/skp/{stage.submitted.pk}/transitions"
    boss = log_in(Client(), world.users.supervisor)
    first = send(boss, "post", url, {"action": "approve", "version": version})
    second = send(boss, "post", url, {"action": "return", "note": "x", "version": version})
    assert (first.status_code, second.status_code) == (200, 409)


def test_an_impossible_move_is_a_conflict(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    response = send(client, "post", f"{API}/skp/{plans.own.skp.pk}/transitions",
                    {"action": "approve", "version": version_of(plans.own.skp)})
    assert response.status_code == 409
    assert response.json()["detail"] == "An SKP that is Approved cannot be moved this way."


def test_a_stale_version_on_an_edit_is_a_conflict(client, world, plans, stage):
    log_in(client, world.users.own)
    base = f"{API}/skp/{stage.draft.pk}"
    result = send(client, "post", f"{base}/results", {"category": "TAMBAHAN", "text": "A"}).json()
    stale = send(client, "patch", f"{base}/results/{result['id']}",
                 {"text": "B", "version": result["skp_version"] - 1})
    assert stale.status_code == 409
    fresh = send(client, "patch", f"{base}/results/{result['id']}",
                 {"text": "B", "version": result["skp_version"]})
    assert fresh.status_code == 200


# ---------------------------------------------------------------- reporting exactly once


def test_the_same_key_twice_is_one_entry_201_then_200(client, world, plans):
    log_in(client, world.users.own)
    body = report(world, plans)
    first = send(client, "post", f"{API}/activities", body)
    second = send(client, "post", f"{API}/activities", body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["already_received"] is False
    assert second.json()["already_received"] is True
    assert second.json()["id"] == first.json()["id"]
    assert first.json()["client_key"] == body["client_key"]
    with scopes_disabled():
        assert Activity.objects.filter(client_key=body["client_key"]).count() == 1


@pytest.mark.parametrize("extra", [{}, {"latitude": -2.976074, "longitude": 104.775431},
                                   {"evidence_link": "", "quantity": "0.5"}])
def test_the_receipt_is_the_document_the_schema_makes_of_the_entry(client, world, plans, extra):
    """The receipt is built by hand for speed: it must equal what validating the stored entry
    through ActivityReceipt gives, for a new entry and for a resend."""
    from ninja.renderers import JSONRenderer

    from abdi.performance.api_schemas import ActivityReceipt

    log_in(client, world.users.own)
    body = report(world, plans, **extra)
    for status, again in ((201, False), (200, True)):
        answer = send(client, "post", f"{API}/activities", body)
        assert answer.status_code == status
        with scopes_disabled():
            stored = Activity.objects.select_related("employee").get(client_key=body["client_key"])
        stored.already_received = again
        expected = json.loads(JSONRenderer().render(
            None, ActivityReceipt.model_validate(stored).model_dump(), response_status=status))
        assert answer.json() == expected


def test_the_idempotency_key_header_names_the_entry(client, world, plans):
    log_in(client, world.users.own)
    key = str(uuid.uuid4())
    body = report(world, plans)
    del body["client_key"]
    first = send(client, "post", f"{API}/activities", body, HTTP_IDEMPOTENCY_KEY=key)
    second = send(client, "post", f"{API}/activities", body, HTTP_IDEMPOTENCY_KEY=key)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["client_key"] == key
    with scopes_disabled():
        assert Activity.objects.filter(client_key=key).count() == 1


def test_a_header_and_a_body_key_that_differ_are_refused(client, world, plans):
    log_in(client, world.users.own)
    response = send(client, "post", f"{API}/activities", report(world, plans),
                    HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()))
    assert response.status_code == 422
    assert "client_key" in response.json()["errors"]


def test_without_a_key_each_post_is_a_new_entry(client, world, plans):
    log_in(client, world.users.own)
    body = report(world, plans)
    del body["client_key"]
    assert send(client, "post", f"{API}/activities", body).status_code == 201
    assert send(client, "post", f"{API}/activities", body).status_code == 201
    with scopes_disabled():
        assert Activity.objects.filter(employee=world.own).count() == 2


def test_a_report_on_an_unapproved_plan_is_refused(client, world, plans, stage):
    log_in(client, world.users.own)
    with scopes_disabled():
        indicator = SkpIndicator.objects.filter(result__skp=stage.submitted).first()
    response = send(client, "post", f"{API}/activities", report(world, plans, indicator=indicator.pk))
    assert response.status_code == 403
    assert response.json()["detail"] == \
        "Activities are reported by the employee, on their approved SKP."


def test_reporting_a_day_is_fast(client, world, plans):
    """The phone's hot path: a fixed, small number of queries (it is load-tested)."""
    _token, raw = ApiToken.issue(world.users.own, "ponsel")
    api = Client()
    send(api, "post", f"{API}/activities", report(world, plans), **bearer(raw))  # warm caches
    with CaptureQueriesContext(connection) as first:
        response = send(api, "post", f"{API}/activities", report(world, plans), **bearer(raw))
    assert response.status_code == 201
    # Counted now: the next request empties the connection's query log.
    new_entry = [q["sql"] for q in first.captured_queries]
    body = report(world, plans)
    send(api, "post", f"{API}/activities", body, **bearer(raw))
    with CaptureQueriesContext(connection) as repeat:
        response = send(api, "post", f"{API}/activities", body, **bearer(raw))
    assert response.status_code == 200
    resend = [q["sql"] for q in repeat.captured_queries]
    assert len(new_entry) <= QUERIES_TO_REPORT, "\n".join(new_entry)
    assert len(resend) <= QUERIES_TO_RESEND, "\n".join(resend)


# A new entry: the own indicator read with its plan and employee, then the repeat check, the
# entry (ON CONFLICT on the key) and its audit entry: one statement on PostgreSQL
# (core.insert_chain), three in a transaction elsewhere. Token, back-dating window and the
# atasan's notice of the day come from the cache once warm.
ONE_STATEMENT = connection.vendor == "postgresql"
QUERIES_TO_REPORT = 2 if ONE_STATEMENT else 4
# A resend: indicator with plan, the insert that meets the key (with the repeat check on
# PostgreSQL, apart elsewhere), the earlier entry and its employee.
QUERIES_TO_RESEND = 4 if ONE_STATEMENT else 5


# ---------------------------------------------------------------- validation


def test_the_atasan_validates_from_the_queue(client, world, plans, stage):
    second = record(world, plans, "Rapat koordinasi")
    third = record(world, plans, "Kunjungan sekolah")
    log_in(client, world.users.supervisor)
    queue = client.get(f"{API}/validation-queue").json()
    assert [row["id"] for row in queue["items"]] == [stage.activity.pk, second.pk, third.pk]
    assert queue["items"][0]["employee"]["nip"] == world.own.nip
    assert queue["items"][0]["indicator"]["id"] == plans.own.output.pk

    rejected = send(client, "post", f"{API}/activities/{second.pk}/reject", {"reason": "Tanpa bukti"})
    assert rejected.status_code == 200, rejected.content
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["reject_reason"] == "Tanpa bukti"

    bulk = send(client, "post", f"{API}/activities/bulk-approve",
                {"ids": [stage.activity.pk, third.pk]})
    assert bulk.status_code == 200, bulk.content
    assert bulk.json() == {"approved": 2}
    assert client.get(f"{API}/validation-queue").json()["count"] == 0
    with scopes_disabled():
        assert SkpIndicator.objects.get(pk=plans.own.output.pk).realised == 2

    again = send(client, "post", f"{API}/activities/{third.pk}/approve")
    assert again.status_code == 409


def test_a_reject_needs_a_reason(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    response = send(client, "post", f"{API}/activities/{stage.activity.pk}/reject", {})
    assert response.status_code == 422
    assert response.json()["errors"] == {"reason": ["This field is required."]}


def test_bulk_approval_is_all_or_nothing(client, world, plans, stage):
    with within(world.gov):
        theirs = services.record_activity(
            actor=actor_of(world.users.supervisor), indicator=plans.supervisor.output,
            values={"date": plans.today, "description": "Rapat", "quantity": "1",
                    "minutes": "30"})[0]
    log_in(client, world.users.supervisor)
    before = _state(world)
    response = send(client, "post", f"{API}/activities/bulk-approve",
                    {"ids": [stage.activity.pk, theirs.pk]})
    assert response.status_code == 403  # nobody validates their own work
    assert _state(world) == before


def test_the_diary_lists_own_entries_with_filters(client, world, plans, stage):
    log_in(client, world.users.own)
    data = client.get(f"{API}/activities").json()
    assert [row["id"] for row in data["items"]] == [stage.activity.pk]
    assert data["items"][0]["ekinerja_id"] == ""
    assert client.get(f"{API}/activities", {"status": "approved"}).json()["count"] == 0
    tomorrow = (plans.today + datetime.timedelta(days=1)).isoformat()
    assert client.get(f"{API}/activities", {"date_from": tomorrow}).json()["count"] == 0
    assert client.get(f"{API}/activities", {"date_to": plans.today.isoformat()}).json()["count"] == 1
    detail = client.get(f"{API}/activities/{stage.activity.pk}").json()
    assert detail["status_label"] == "Waiting for validation"
    log_in(client, world.users.supervisor)
    assert client.get(f"{API}/activities").json()["count"] == 0  # the diary is one's own
    assert client.get(f"{API}/activities/{stage.activity.pk}").status_code == 200


# ---------------------------------------------------------------- token authentication


def test_a_token_authenticates_as_its_user(world, plans, stage):
    _token, raw = ApiToken.issue(world.users.own, "e-kinerja")
    api = Client(enforce_csrf_checks=True)  # a token needs no CSRF token
    listed = api.get(f"{API}/skp", **bearer(raw))
    assert listed.status_code == 200
    assert listed.json()["count"] == 3
    created = send(api, "post", f"{API}/activities", report(world, plans), **bearer(raw))
    assert created.status_code == 201, created.content


def test_a_revoked_token_is_refused(world, plans):
    token, raw = ApiToken.issue(world.users.own, "lama")
    with scopes_disabled():
        ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    response = Client().get(f"{API}/skp", **bearer(raw))
    assert response.status_code == 401


def test_a_session_post_needs_the_csrf_token(world, plans):
    client = log_in(Client(enforce_csrf_checks=True), world.users.own)
    response = send(client, "post", f"{API}/activities", report(world, plans))
    assert response.status_code == 403
    with scopes_disabled():
        assert not Activity.objects.filter(employee=world.own).exists()


# ---------------------------------------------------------------- hostile input

HUGE = "x" * 100_000

HOSTILE_REPORTS = {
    "indicator_text": {"indicator": "abc"},
    "indicator_null": {"indicator": None},
    "indicator_huge": {"indicator": 2**70},
    "indicator_negative": {"indicator": -1},
    "indicator_list": {"indicator": [1]},
    "date_invalid": {"date": "2024-13-45"},
    "date_number": {"date": 20240101},
    "description_huge": {"description": HUGE},
    "description_null": {"description": None},
    "description_nul_byte": {"description": "a\x00b"},
    "description_surrogate": {"description": "a\ud800b"},
    "description_object": {"description": {"a": 1}},
    "quantity_negative": {"quantity": -1},
    "quantity_zero": {"quantity": 0},
    "quantity_nan": {"quantity": "NaN"},
    "quantity_huge": {"quantity": "1e999999"},
    "minutes_negative": {"minutes": -5},
    "minutes_huge": {"minutes": 10**30},
    "minutes_fraction": {"minutes": 1.5},
    "latitude_out_of_range": {"latitude": 91},
    "longitude_text": {"longitude": "east"},
    "evidence_link_script": {"evidence_link": "javascript:alert(1)"},
    "evidence_link_huge": {"evidence_link": "https://x.id/" + HUGE},
    "client_key_not_uuid": {"client_key": "not-a-uuid"},
    "client_key_number": {"client_key": 12},
    "unknown_field": {"is_admin": True},
    "future_day": {"date": "2999-01-01"},
}


@pytest.mark.parametrize("overrides", HOSTILE_REPORTS.values(), ids=HOSTILE_REPORTS.keys())
def test_hostile_reports_are_refused_with_4xx(client, world, plans, overrides):
    log_in(client, world.users.own)
    before = _state(world)
    response = send(client, "post", f"{API}/activities", report(world, plans, **overrides))
    assert response.status_code in (400, 422), response.content
    assert response.json()["detail"]
    assert _state(world) == before


@pytest.mark.parametrize("raw", [b"not json", b"[1, 2]", b"null", b'"text"', b"[" * 100_000,
                                 b'{"indicator": 1e400}', b'{"latitude": NaN}'])
def test_malformed_bodies_are_refused_with_4xx(client, world, plans, raw):
    log_in(client, world.users.own)
    response = client.post(f"{API}/activities", data=raw, content_type="application/json")
    assert response.status_code in (400, 422), response.content


def test_a_non_uuid_idempotency_header_is_refused(client, world, plans):
    log_in(client, world.users.own)
    body = report(world, plans)
    del body["client_key"]
    response = send(client, "post", f"{API}/activities", body, HTTP_IDEMPOTENCY_KEY="nope")
    assert response.status_code == 422


HOSTILE_PLAN_CALLS = {
    "result_text_null": ("post", "results", {"text": None}),
    "result_text_huge": ("post", "results", {"text": HUGE}),
    "result_category": ("post", "results", {"text": "x", "category": "BOTH"}),
    "result_parent_huge": ("post", "results", {"text": "x", "parent": 2**64}),
    "result_parent_foreign": ("post", "results", {"text": "x", "parent": "self"}),
    "result_unknown_field": ("post", "results", {"text": "x", "skp": 1}),
    "result_body_list": ("post", "results", ["text"]),
    "lampiran_kind": ("put", "lampiran", {"kind": "SECRET", "lines": []}),
    "lampiran_nul_line": ("put", "lampiran", {"kind": "SKEMA_PJ", "lines": ["a\x00"]}),
    "lampiran_long_line": ("put", "lampiran", {"kind": "SKEMA_PJ", "lines": [HUGE]}),
    "lampiran_many_lines": ("put", "lampiran", {"kind": "SKEMA_PJ", "lines": ["a"] * 1000}),
    "lampiran_lines_text": ("put", "lampiran", {"kind": "SKEMA_PJ", "lines": "a"}),
    "lampiran_lines_numbers": ("put", "lampiran", {"kind": "SKEMA_PJ", "lines": [1, 2]}),
    "transition_action": ("post", "transitions", {"action": "explode", "version": 1}),
    "transition_version_text": ("post", "transitions", {"action": "submit", "version": "x"}),
    "transition_version_negative": ("post", "transitions", {"action": "submit", "version": -1}),
    "transition_version_missing": ("post", "transitions", {"action": "submit"}),
    "transition_note_huge": ("post", "transitions", {"action": "submit", "version": 1,
                                                     "note": HUGE}),
    "expectation_value": ("put", "expectations", {"value_number": 99, "text": "x"}),
}


@pytest.mark.parametrize(("method", "part", "body"), HOSTILE_PLAN_CALLS.values(),
                         ids=HOSTILE_PLAN_CALLS.keys())
def test_hostile_plan_edits_are_refused_with_4xx(client, world, plans, stage, method, part, body):
    log_in(client, world.users.own)
    before = _state(world)
    response = send(client, method, f"{API}/skp/{stage.draft.pk}/{part}", body)
    assert 400 <= response.status_code < 500, response.content
    assert response.status_code != 404
    assert _state(world) == before


@pytest.mark.parametrize("body", [
    {"text": "x", "target_value": -5, "target_unit": "x"},
    {"text": "x", "target_value": "1e999", "target_unit": "x"},
    {"text": "x", "target_value": "lots", "target_unit": "x"},
    {"text": "x", "target_value": 1, "target_unit": HUGE},
    {"text": "x", "target_value": 1, "target_unit": "x", "kind": "magic"},
    {"text": "x", "target_value": 1, "target_unit": "x", "aspect": "KEINDAHAN"},
    {"target_value": 1, "target_unit": "x"},
])
def test_hostile_indicators_are_refused_with_4xx(client, world, plans, stage, body):
    log_in(client, world.users.own)
    base = f"{API}/skp/{stage.draft.pk}"
    result = send(client, "post", f"{base}/results", {"category": "TAMBAHAN", "text": "A"}).json()
    before = _state(world)
    response = send(client, "post", f"{base}/results/{result['id']}/indicators", body)
    assert response.status_code == 422, response.content
    assert _state(world) == before


@pytest.mark.parametrize("url", [
    f"{API}/skp/0", f"{API}/skp/-1", f"{API}/skp/{2**64}", f"{API}/skp/abc",
    f"{API}/activities/0", f"{API}/activities/{2**63}",
])
def test_impossible_ids_in_the_path_are_4xx(client, world, plans, url):
    log_in(client, world.users.own)
    assert client.get(url).status_code in (404, 422)


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 1000}, {"offset": -1}, {"year": "x"}, {"year": 10**9},
    {"status": "lost"}, {"employee": 2**70},
])
def test_bad_list_filters_are_422(client, world, plans, params):
    log_in(client, world.users.own)
    assert client.get(f"{API}/skp", params).status_code == 422


def test_bulk_approve_bounds(client, world, plans, stage):
    log_in(client, world.users.supervisor)
    url = f"{API}/activities/bulk-approve"
    assert send(client, "post", url, {"ids": []}).status_code == 422
    assert send(client, "post", url, {"ids": list(range(1, 300))}).status_code == 422
    assert send(client, "post", url, {"ids": ["a"]}).status_code == 422
    assert send(client, "post", url, {"ids": [2_000_000_001]}).status_code == 422


# ---------------------------------------------------------------- query counts


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured)


def test_plan_list_queries_do_not_grow_with_rows(client, world, plans):
    log_in(client, world.users.own)
    client.get(f"{API}/skp")  # warm the session and principal caches
    one = _count_queries(client, f"{API}/skp")
    with within(world.gov):
        for year in (plans.today.year - 1, plans.today.year + 1):
            services.create_skp(actor=actor_of(world.users.own), employee=world.own, year=year)
    assert client.get(f"{API}/skp").json()["count"] == 3
    assert _count_queries(client, f"{API}/skp") == one


def test_diary_and_queue_queries_do_not_grow_with_rows(client, world, plans):
    record(world, plans, "Satu")
    log_in(client, world.users.own)
    client.get(f"{API}/activities")
    diary_one = _count_queries(client, f"{API}/activities")
    log_in(client, world.users.supervisor)
    client.get(f"{API}/validation-queue")
    queue_one = _count_queries(client, f"{API}/validation-queue")

    record(world, plans, "Dua")
    record(world, plans, "Tiga")
    log_in(client, world.users.own)
    assert client.get(f"{API}/activities").json()["count"] == 3
    assert _count_queries(client, f"{API}/activities") == diary_one
    log_in(client, world.users.supervisor)
    assert client.get(f"{API}/validation-queue").json()["count"] == 3
    assert _count_queries(client, f"{API}/validation-queue") == queue_one


def test_plan_detail_queries_do_not_grow_with_results(client, world, plans):
    log_in(client, world.users.own)
    url = f"{API}/skp/{plans.own.skp.pk}"
    client.get(url)
    one = _count_queries(client, url)
    with within(world.gov):
        for text in ("Kedua", "Ketiga"):
            result = SkpResult.objects.create(instansi=world.gov, skp=plans.own.skp, text=text,
                                              category="TAMBAHAN")
            SkpIndicator.objects.create(instansi=world.gov, result=result, text=text,
                                        target_value=1, target_unit="x", aspect="KUANTITAS")
    assert len(client.get(url).json()["results"]) == 3
    assert _count_queries(client, url) == one


# ---------------------------------------------------------------- the document


def test_the_sync_identifiers_are_in_the_document(client, db):
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    for name in ("SkpRow", "SkpDetail", "SkpResultOut", "SkpIndicatorOut", "ActivityReceipt",
                 "ActivityDetail"):
        assert {"id", "ekinerja_id"} <= set(schemas[name]["properties"]), name
    assert "nip" in schemas["SkpEmployee"]["properties"]
    # Required fields checked after the lookup are still documented as required.
    assert set(schemas["TransitionIn"]["required"]) == {"action", "version"}


def test_schema_names_do_not_collide_with_other_apps():
    """Two schema classes of one name would share one entry of the OpenAPI document."""
    from abdi.api import api

    api.urls  # noqa: B018 - binds the nested routers
    by_name: dict[str, set] = {}
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in [*operation.response_models.values(), *operation.models]:
                    for found in _models(model):
                        by_name.setdefault(found.__name__, set()).add(found)
    assert {name: c for name, c in by_name.items() if len(c) > 1} == {}


def _models(annotation, seen=None):
    import typing

    from pydantic import BaseModel

    seen = set() if seen is None else seen
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen or not annotation.__module__.startswith("abdi."):
            return seen
        seen.add(annotation)
        for field in annotation.model_fields.values():
            _models(field.annotation, seen)
        return seen
    for argument in typing.get_args(annotation):
        _models(argument, seen)
    return seen
