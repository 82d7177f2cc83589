"""TPP pages: the rule versions (who sees, who adds, refusals that save nothing), one version as
tables, the TPP calculator (example T1 to the Rupiah, bad numbers are 400s) and query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from abdi.accounts.actor import Actor
from abdi.allowance.models import TppRuleSet
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import rule_sets
from abdi.tenancy.scoping import within

D = datetime.date
MINUS, TIMES = "\u2212", "\u00d7"
RULES = reverse("allowance:rules")
SIMULATE = reverse("allowance:simulate")
LOGIN = reverse("accounts:login")
MEMBERS = ["own", "supervisor", "agency_admin", "leader", "hr_admin"]
# allowance-and-discipline.md §4.2 example T1: Tulang Bawang rates, 40/60.
T1 = {"pagu": "5.000.000", "achievement": "92,50", "employee_kind": "PNS", "n_TL1": "2",
      "n_TL2": "1", "n_TL3": "1", "n_TL4": "1", "n_APEL": "1"}


def add(world, start, end=None, *, preset="tulang_bawang", name=None, amounts=()):
    values = {"name": name or f"TPP {start.year}", "legal_basis": "Perbup 12/2026",
              "effective_from": start, "effective_to": end, "preset": preset,
              "schedule": codec.schedule_to_data(presets.PRESETS_BY_KEY[preset])}
    with within(world.gov):
        return rule_sets.add_rule_set(actor=Actor.for_user(world.users.hr_admin),
                                      instansi_id=world.gov.pk, values=values, amounts=amounts)


def stored(world):
    with within(world.gov):
        return list(TppRuleSet.objects.order_by("effective_from")
                    .values_list("name", "effective_from", "effective_to", "preset"))


def detail_url(rule_set):
    return reverse("allowance:rule_set", args=[rule_set.pk])


def posted(**overrides):
    values = {"name": "TPP 2031", "legal_basis": "Perbup Kota A No. 3 Tahun 2031",
              "effective_from": "2031-01-01", "effective_to": "", "preset": "tulang_bawang"}
    return {**values, **overrides}


def text(response):
    return response.content.decode()


# --- who may see and who may add -------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["rules", "simulate", "rule_set"])
def test_anonymous_is_sent_to_log_in(client, world, url_name):
    rule_set = add(world, D(2030, 1, 1))
    url = detail_url(rule_set) if url_name == "rule_set" else reverse(f"allowance:{url_name}")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


@pytest.mark.parametrize("persona", MEMBERS)
def test_every_member_of_the_government_reads_the_rules(world, login, persona):
    rule_set = add(world, D(2030, 1, 1), name="TPP Kota A 2030")
    client = login(getattr(world.users, persona))
    listed = client.get(RULES)
    assert listed.status_code == 200
    assert "TPP Kota A 2030" in text(listed)
    assert ('data-testid="rule-set-form"' in text(listed)) == (persona == "hr_admin")
    assert 'data-testid="nav-tpp"' in text(listed)
    assert client.get(detail_url(rule_set)).status_code == 200
    assert client.get(SIMULATE).status_code == 200


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_admin", "leader", "other_gov"])
def test_only_the_bkpsdm_admin_adds_a_version(world, login, persona):
    add(world, D(2030, 1, 1))
    before = stored(world)
    response = login(getattr(world.users, persona)).post(RULES, posted())
    assert response.status_code == 403
    assert stored(world) == before


def test_another_governments_version_is_not_found(world, login):
    rule_set = add(world, D(2030, 1, 1), name="Aturan Rahasia Kota A")
    client = login(world.users.other_gov)
    assert client.get(detail_url(rule_set)).status_code == 404
    assert "Aturan Rahasia Kota A" not in text(client.get(RULES))
    simulated = client.get(SIMULATE, {"version": rule_set.pk, **T1})
    assert "Aturan Rahasia Kota A" not in text(simulated)
    assert 'data-testid="no-versions"' in text(simulated)


@pytest.mark.parametrize("url", [RULES, SIMULATE, "/tunjangan/aturan/1/"])
def test_an_operator_without_a_government_finds_nothing(world, login, url):
    assert login(world.users.operator).get(url).status_code == 404


def test_a_missing_version_is_not_found(world, login):
    client = login(world.users.hr_admin)
    assert client.get(reverse("allowance:rule_set", args=[2_000_000_001])).status_code == 404


# --- adding a version through the page ---------------------------------------------------------


def test_bkpsdm_adds_a_version_from_a_preset(world, login):
    client = login(world.users.hr_admin)
    response = client.post(RULES, posted())
    assert response.status_code == 302
    with within(world.gov):
        rule_set = TppRuleSet.objects.get()
    assert response["Location"] == detail_url(rule_set)
    assert (rule_set.name, rule_set.legal_basis, rule_set.effective_from, rule_set.effective_to) == (
        "TPP 2031", "Perbup Kota A No. 3 Tahun 2031", D(2031, 1, 1), None)
    assert rule_set.preset == "tulang_bawang"
    assert rule_set.schedule == codec.schedule_to_data(presets.TULANG_BAWANG)
    assert rule_set.created_by == world.users.hr_admin
    page = text(client.get(response["Location"]))
    assert "were added" in page
    assert "Kabupaten Tulang Bawang" in page


def test_a_new_version_closes_the_open_one_before_it(world, login):
    add(world, D(2030, 1, 1), name="TPP 2030")
    response = login(world.users.hr_admin).post(RULES, posted(preset="national"))
    assert response.status_code == 302
    assert stored(world) == [("TPP 2030", D(2030, 1, 1), D(2030, 12, 31), "tulang_bawang"),
                             ("TPP 2031", D(2031, 1, 1), None, "national")]


@pytest.mark.parametrize(("overrides", "message"), [
    ({"effective_from": "31-12-2031"}, "Enter a date as YYYY-MM-DD."),
    ({"effective_to": "besok"}, "Enter a date as YYYY-MM-DD."),
    ({"effective_from": "2030-06-01", "effective_to": "2030-12-31"}, "overlaps another version"),
    ({"effective_from": "2031-03-01"}, "leaves a gap after another version"),
    ({"effective_from": "2031-01-01", "effective_to": "2030-01-01"}, "ends before it starts"),
    ({"preset": "jakarta"}, "Choose one of the presets offered."),
    ({"name": "   "}, "This field is required."),
    ({"name": "x" * 121}, "at most 120 characters"),
])
def test_bad_input_is_refused_with_the_reason_and_nothing_is_saved(world, login, overrides, message):
    add(world, D(2030, 1, 1), D(2030, 12, 31), name="TPP 2030")
    before = stored(world)
    response = login(world.users.hr_admin).post(RULES, posted(**overrides))
    assert response.status_code == 400
    assert message in text(response)
    assert 'data-testid="rule-set-form"' in text(response)
    assert stored(world) == before


# --- one version as tables --------------------------------------------------------------------


def test_the_version_shows_its_schedule_as_tables(world, login):
    rule_set = add(world, D(2030, 1, 1), amounts=[(9, "BK", 5_439_503), (9, "KK", 250_000),
                                                  (10, "BK", 6_253_104)])
    page = text(login(world.users.own).get(detail_url(rule_set)))
    for code, label, minutes in [("TL1", "Terlambat 1-30 menit", "1 to 30 minutes"),
                                 ("TL2", "Terlambat 31-60 menit", "31 to 60 minutes"),
                                 ("TL3", "Terlambat 61-90 menit", "61 to 90 minutes"),
                                 ("TL4", "Terlambat 91 menit atau lebih", "91 minutes or more")]:
        assert f'data-testid="deduction-{code}"' in page
        assert label in page
        assert minutes in page
    assert "Tidak mengikuti apel/upacara" in page  # APEL, per event
    for amount in ("Rp 5.439.503", "Rp 250.000", "Rp 6.253.104"):
        assert amount in page
    assert "Kabupaten Tulang Bawang" in page  # the preset it started from
    assert "style=" not in page
    assert "<script>" not in page


def test_the_list_marks_the_version_in_force_today(world, login):
    add(world, D(2000, 1, 1), name="TPP lama")
    current = add(world, D(2001, 1, 1), name="TPP sekarang")
    add(world, D(2999, 1, 1), name="TPP nanti")
    page = text(login(world.users.own).get(RULES))
    row = page[page.index('data-testid="in-force"'):]
    assert row[:row.index("</tr>")].count("TPP sekarang") == 1
    assert detail_url(current) in row[:row.index("</tr>")]
    assert page.count('data-testid="in-force"') == 1
    assert "Ended" in page
    assert "Upcoming" in page


# --- Hitung TPP --------------------------------------------------------------------------------


def test_the_calculator_reproduces_example_t1(world, login):
    rule_set = add(world, D(2000, 1, 1))
    response = login(world.users.own).get(SIMULATE, {"version": rule_set.pk, **T1})
    assert response.status_code == 200
    page = text(response)
    tpp = page[page.index('data-testid="tpp"'):]
    assert tpp[:tpp.index("</span>")].endswith("Rp 4.640.000")
    for amount in ("Rp 5.000.000", "Rp 2.000.000", f"{MINUS}Rp 20.000", f"{MINUS}Rp 135.000", "Rp 1.865.000",
                   "Rp 3.000.000", "Rp 2.775.000"):
        assert amount in page
    assert f"2 {TIMES} 0.5% = 1%" in page  # TL1 twice, of the disiplin share


def test_the_calculator_starts_from_the_version_in_force_today(world, login):
    add(world, D(2000, 1, 1), name="TPP lama", preset="national")
    current = add(world, D(2001, 1, 1), name="TPP sekarang", preset="timor_tengah_utara")
    response = login(world.users.own).get(SIMULATE)
    assert response.status_code == 200
    assert f'<option value="{current.pk}" selected>' in text(response)
    assert 'name="n_SIDAK"' in text(response)  # a code only Timor Tengah Utara has
    assert 'data-testid="result"' not in text(response)


def test_a_link_computes_without_version_under_todays_rules(world, login):
    add(world, D(2000, 1, 1))
    response = login(world.users.leader).get(SIMULATE, T1)
    assert response.status_code == 200
    assert "Rp 4.640.000" in text(response)


def test_choosing_another_version_asks_htmx_for_its_counts_only(world, login):
    add(world, D(2000, 1, 1))
    other = add(world, D(2001, 1, 1), preset="timor_tengah_utara")
    response = login(world.users.own).get(SIMULATE, {"version": other.pk}, HTTP_HX_REQUEST="true",
                                          HTTP_HX_TARGET="counts")
    assert response.status_code == 200
    fragment = text(response)
    assert "<html" not in fragment
    assert 'id="counts"' in fragment
    assert 'name="n_SIDAK"' in fragment


@pytest.mark.parametrize("bad", [
    {"pagu": "-5"}, {"pagu": "lima juta"}, {"pagu": "1000000001"}, {"pagu": "5.00.000"},
    {"pagu": ""}, {"pagu": "1e9"}, {"achievement": "banyak"}, {"achievement": "-1"},
    {"achievement": "250"}, {"achievement": "92,555"}, {"n_TL1": "32"}, {"n_TL1": "-1"},
    {"n_TL1": "dua"}, {"n_TL1": "2.5"}, {"n_APEL": "99999999999999999999"},
    {"employee_kind": "Honorer"}, {"version": "abc"}, {"version": "2000000001"},
    {"version": "99999999999999999999999"},
])
def test_bad_numbers_are_refused_with_a_message(world, login, bad):
    rule_set = add(world, D(2000, 1, 1))
    response = login(world.users.own).get(SIMULATE, {"version": rule_set.pk, **T1, **bad})
    assert response.status_code == 400
    page = text(response)
    assert 'data-testid="failed"' in page
    assert 'data-testid="result"' not in page


@pytest.mark.parametrize(("field", "message"), [
    ("pagu", "from 1 to 1,000,000,000"), ("achievement", "from 0 to 200"),
    ("n_TL2", "How many times TL2 happened"),
])
def test_the_message_says_what_is_wrong(world, login, field, message):
    rule_set = add(world, D(2000, 1, 1))
    response = login(world.users.own).get(SIMULATE, {"version": rule_set.pk, **T1, field: "x"})
    assert response.status_code == 400
    assert message in text(response)


def test_another_governments_version_cannot_be_chosen(world, login):
    add(world, D(2000, 1, 1))
    with within(world.other_gov):
        foreign = TppRuleSet.objects.create(
            instansi=world.other_gov, name="TPP Kabupaten B", effective_from=D(2000, 1, 1),
            schedule=codec.schedule_to_data(presets.NATIONAL_DEFAULT))
    response = login(world.users.own).get(SIMULATE, {"version": foreign.pk, **T1})
    assert response.status_code == 400
    assert "TPP Kabupaten B" not in text(response)


@pytest.mark.parametrize(("persona", "links"), [("hr_admin", True), ("own", False)])
def test_without_rules_the_calculator_says_so(world, login, persona, links):
    response = login(getattr(world.users, persona)).get(SIMULATE, T1)
    assert response.status_code == 200
    page = text(response)
    assert "no TPP rules yet" in page
    assert ('data-testid="add-first"' in page) == links


# --- query counts ------------------------------------------------------------------------------


def test_the_list_reads_the_same_number_of_queries_for_one_or_many_versions(
        world, login, django_assert_max_num_queries):
    add(world, D(2000, 1, 1))
    client = login(world.users.hr_admin)
    client.get(RULES)  # warm up the session and the principal cache
    with CaptureQueriesContext(connection) as few:
        client.get(RULES)
    for year in (2001, 2002, 2003, 2004):
        add(world, D(year, 1, 1), amounts=[(9, "BK", 5_000_000)])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(RULES)
    assert len(response.context["rows"]) == 5


def test_the_calculator_reads_a_fixed_number_of_queries(world, login, django_assert_max_num_queries):
    rule_set = add(world, D(2000, 1, 1))
    client = login(world.users.own)
    client.get(SIMULATE, {"version": rule_set.pk, **T1})
    with CaptureQueriesContext(connection) as few:
        client.get(SIMULATE, {"version": rule_set.pk, **T1})
    for year in (2001, 2002, 2003):
        add(world, D(year, 1, 1))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(SIMULATE, {"version": rule_set.pk, **T1}).status_code == 200
