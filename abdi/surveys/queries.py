"""Reading SKM results. The IKM of every unit of a government is ONE set-based aggregate:
SUM and COUNT of each unsur column, GROUP BY unit (index skm_ikm_cover covers it)."""

import datetime
from collections import defaultdict

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone

from abdi.frontdesk.queries import DESK, PUBLIC_DESK_SECONDS
from abdi.tenancy.scoping import within

from . import policy
from .labels import period_label
from .models import Response, SurveySettings, UnitPeriod
from .rules import ikm as ikm_rules
from .rules import periods as period_rules
from .rules import sample as sample_rules
from .rules.unsur import BY_KEY, KEYS, ordered


def settings_for(instansi_id: int) -> SurveySettings:
    """The government's settings, or the national default (unsaved) when it has none; kept near
    and shared under the public desk's generation (update_settings replaces it). Shared
    read-only: never change what it returns."""
    return DESK.remember(f"survey-settings:{instansi_id}", lambda: _read_settings(instansi_id),
                         PUBLIC_DESK_SECONDS)


def _read_settings(instansi_id: int) -> SurveySettings:
    with within(instansi_id):
        return SurveySettings.objects.first() or SurveySettings(instansi_id=instansi_id)


def public_instansi(slug: str):
    """The government whose SKM results are published, else 404 (never tell which)."""
    from abdi.tenancy.models import Instansi

    instansi = Instansi.objects.filter(slug=str(slug)[:40], is_active=True).first()
    if instansi is None or not settings_for(instansi.pk).public_results:
        raise Http404
    return instansi


def public_service_unit(gov_slug: str, unit_id):
    """(government, unit) of the survey link of a unit without a counter, else 404: the unit must
    be active and serve the public (an active service or counter). Enters no scope itself."""
    from abdi.frontdesk.queries import is_service_unit
    from abdi.org.models import Unit
    from abdi.tenancy.models import Instansi

    instansi = Instansi.objects.filter(slug=str(gov_slug)[:40], is_active=True).first()
    if instansi is None:
        raise Http404
    with within(instansi.pk):
        unit = Unit.objects.filter(pk=unit_id, is_active=True).first()
        if unit is None or not is_service_unit(unit.pk):
            raise Http404
    return instansi, unit


def _aggregates() -> dict:
    values = {"respondents": Count("id")}
    for key in KEYS:
        values[f"s_{key}"] = Sum(key)
        values[f"c_{key}"] = Count(key)
    return values


def _tallies(row) -> dict[str, ikm_rules.Tally]:
    return {k: ikm_rules.Tally(row[f"s_{k}"] or 0, row[f"c_{k}"] or 0) for k in KEYS}


def _result(tallies, respondents, settings) -> ikm_rules.IkmResult:
    return ikm_rules.from_tallies(tallies, respondents, legacy=settings.legacy_weight,
                                  order=[u.key for u in ordered(settings.unsur_order)])


def ikm_for_all_units(instansi_id: int, start: datetime.date, end: datetime.date,
                      unit_ids=None) -> dict[int, ikm_rules.IkmResult]:
    """unit id -> IKM of the questionnaires submitted from `start` to `end` (inclusive), pooled
    over the unit's services (§1.3); one SQL statement whatever the number of units."""
    settings = settings_for(instansi_id)
    with within(instansi_id):
        rows = Response.objects.filter(submitted_on__gte=start, submitted_on__lte=end)
        if unit_ids is not None:
            rows = rows.filter(unit_id__in=list(unit_ids))
        rows = rows.order_by().values("unit_id").annotate(**_aggregates())
        return {row["unit_id"]: _result(_tallies(row), row["respondents"], settings) for row in rows}


def ikm_for_unit(instansi_id: int, unit_id: int, start, end) -> ikm_rules.IkmResult:
    found = ikm_for_all_units(instansi_id, start, end, unit_ids=[unit_id]).get(unit_id)
    return found or _result({}, 0, settings_for(instansi_id))


def _unit_rows(instansi_id, unit_ids):
    from abdi.org.models import Unit

    with within(instansi_id):
        units = Unit.objects.select_related("agency").only("id", "name", "code", "path", "agency__name")
        if unit_ids is not None:
            units = units.filter(pk__in=list(unit_ids))
        return {u.pk: u for u in units}


def pooled_ikm(instansi_id: int, start, end, unit_ids=None) -> ikm_rules.IkmResult:
    """One index for the government (or the given units) from the pooled answers (§1.3)."""
    settings = settings_for(instansi_id)
    return ikm_rules.pool(ikm_for_all_units(instansi_id, start, end, unit_ids=unit_ids).values(),
                          legacy=settings.legacy_weight,
                          order=[u.key for u in ordered(settings.unsur_order)])


def overview_rows(results: dict, units: dict) -> list[dict]:
    """Rows of the overview from ikm_for_all_units' results and the units by id, best first."""
    rows = []
    for unit_id, result in results.items():
        unit = units.get(unit_id)
        if unit is None:
            continue
        rows.append({"unit_id": unit_id, "unit": unit.name,
                     "agency": unit.agency.name if unit.agency else "",
                     "ikm": result.ikm, "mutu": result.mutu.grade if result.mutu else "",
                     "mutu_label": result.mutu.label if result.mutu else "",
                     "respondents": result.respondents, "legacy": result.legacy,
                     "weakest": [u.key for u in result.weakest]})
    rows.sort(key=lambda r: (r["ikm"] is None, -(r["ikm"] or 0), r["unit"]))
    return rows


def ikm_overview(instansi_id: int, start, end, unit_ids=None) -> list[dict]:
    """Every unit with questionnaires in the period: unit_id, unit, agency, ikm (Decimal or
    None), mutu, mutu_label, respondents, legacy, weakest; best first. Two queries (the
    aggregate and the units' names)."""
    results = ikm_for_all_units(instansi_id, start, end, unit_ids=unit_ids)
    return overview_rows(results, _unit_rows(instansi_id, results.keys()))


def ikm_trend(instansi_id: int, unit_ids: list[int] | None, periods: int = 8,
              today: datetime.date | None = None, pooled: bool = False) -> list[dict]:
    """Per unit per period (the government's period kind), oldest first: unit_id, period (label),
    start, end, ikm, mutu, respondents. One aggregate by unit and month, summed per period
    (Σ and n add up, so pooling months is exact). `pooled` gives one row per period for all the
    units together (unit_id None): the government's index from the pooled answers (§1.3)."""
    settings = settings_for(instansi_id)
    today = today or timezone.localdate()
    wanted = period_rules.last_periods(today, settings.period_kind, max(1, min(periods, 40)))
    with within(instansi_id):
        rows = Response.objects.filter(submitted_on__gte=wanted[0].start, submitted_on__lte=wanted[-1].end)
        if unit_ids is not None:
            rows = rows.filter(unit_id__in=list(unit_ids))
        rows = (rows.order_by().annotate(month=TruncMonth("submitted_on"))
                .values("unit_id", "month").annotate(**_aggregates()))
        buckets = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        counts = defaultdict(int)
        for row in rows:
            month = row["month"]
            month = month.date() if isinstance(month, datetime.datetime) else month
            period = period_rules.period_of(month, settings.period_kind)
            unit_key = None if pooled else row["unit_id"]
            bucket = buckets[(unit_key, period)]
            counts[(unit_key, period)] += row["respondents"]
            for key in KEYS:
                bucket[key][0] += row[f"s_{key}"] or 0
                bucket[key][1] += row[f"c_{key}"] or 0
    if pooled:
        units = [None]
    else:
        units = sorted({unit for unit, _p in buckets} if unit_ids is None else set(unit_ids))
    result = []
    for unit_id in units:
        for period in wanted:
            tallies = {k: ikm_rules.Tally(*v) for k, v in buckets.get((unit_id, period), {}).items()}
            ikm = _result(tallies, counts.get((unit_id, period), 0), settings)
            result.append({"unit_id": unit_id, "period": period_label(period), "slug": period.slug,
                           "start": period.start, "end": period.end, "ikm": ikm.ikm,
                           "mutu": ikm.mutu.grade if ikm.mutu else "", "respondents": ikm.respondents})
    return result


# --- what each viewer may see ------------------------------------------------------------------


def visible_units(actor):
    """The units whose results the actor may see (policy.can_view_unit, as one queryset)."""
    from abdi.org.models import Unit

    if not policy.can_view_overview(actor):
        return Unit.objects.none()
    units = Unit.objects.all()
    if actor.sees_whole_government:
        return units
    seen = Q(pk__in=[])
    if actor.agency_ids:
        seen |= Q(agency_id__in=actor.agency_ids)
    for path in actor.led_unit_paths:
        seen |= Q(path__startswith=path)
    return units.filter(seen)


def get_unit_for_user(actor, unit_id):
    from abdi.org.models import Unit

    try:
        unit = Unit.objects.select_related("agency").get(pk=unit_id)
    except (Unit.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not policy.can_view_unit(actor, unit):
        raise Http404
    return unit


def service_unit_ids() -> set[int]:
    """Units that serve the public: with a service or counter of the front desk."""
    from abdi.frontdesk.queries import service_unit_ids as frontdesk_units

    return frontdesk_units()


def unit_period(unit, period) -> UnitPeriod | None:
    return UnitPeriod.objects.filter(unit=unit, kind=period.kind, year=period.year,
                                     number=period.number).first()


def required_sample(population, settings) -> int | None:
    return sample_rules.required_sample(population, settings.sample_method)


def answered_per_unsur(result) -> dict[str, int]:
    return {u.key: u.count for u in result.unsur}


def service_breakdown(unit, start, end) -> list[dict]:
    """Respondents per kind of service in the period (the publication names the service types)."""
    return list(Response.objects.filter(unit=unit, submitted_on__gte=start, submitted_on__lte=end)
                .order_by().values("service__name").annotate(n=Count("id")).order_by("-n"))


AGE_BANDS = ((17, 25), (26, 35), (36, 45), (46, 55), (56, 200))


def respondent_profile(unit, start, end) -> dict[str, list[tuple[str, int]]]:
    """Respondents by sex, age band, last education and occupation (the report's profil
    responden), from one grouped query."""
    from django.db.models import Case, CharField, Value, When

    from .choices import Education, Occupation, Sex

    band = Case(*(When(age__gte=low, age__lte=high, then=Value(f"{low}-{high}" if high < 200 else f"{low}+"))
                  for low, high in AGE_BANDS), default=Value("-"), output_field=CharField())
    rows = (Response.objects.filter(unit=unit, submitted_on__gte=start, submitted_on__lte=end)
            .order_by().annotate(band=band).values("sex", "education", "occupation", "band")
            .annotate(n=Count("id")))
    totals = {"sex": defaultdict(int), "band": defaultdict(int), "education": defaultdict(int),
              "occupation": defaultdict(int)}
    for row in rows:
        for dimension, counter in totals.items():
            counter[row[dimension]] += row["n"]
    labels = {"sex": dict(Sex.choices), "education": dict(Education.choices),
              "occupation": dict(Occupation.choices), "band": {}}
    return {dimension: sorted(((str(labels[dimension].get(key, key or "-")), n)
                               for key, n in counter.items()), key=lambda item: -item[1])
            for dimension, counter in totals.items()}


def recent_suggestions(unit, start, end, limit: int = 20) -> list[dict]:
    return list(Response.objects.filter(unit=unit, submitted_on__gte=start, submitted_on__lte=end)
                .exclude(suggestion="").order_by("-created_at")
                .values("submitted_on", "suggestion", "service__name")[:limit])


# --- the publication payload (§1.6) -----------------------------------------------------------

METHOD_TEXT = (
    "Survei Kepuasan Masyarakat dilaksanakan menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017. "
    "Responden adalah pengguna layanan pada periode survei yang mengisi kuesioner sembilan unsur "
    "pelayanan dengan skala 1 sampai 4 melalui kode QR di loket pelayanan. Nilai rata-rata (NRR) "
    "setiap unsur adalah jumlah nilai dibagi jumlah kuesioner yang mengisi unsur tersebut; nilai "
    "indeks adalah rata-rata NRR kesembilan unsur dengan bobot yang sama (1/9), IKM = 25 x nilai "
    "indeks, dibulatkan dua desimal hanya pada hasil akhir. Jumlah sampel minimum mengikuti tabel "
    "Krejcie dan Morgan."
)
LEGACY_NOTE = ("Mode lama: bobot 0,111 per unsur sesuai lembar kerja lama, bukan 1/9 sebagaimana "
               "definisi; hasil dapat berbeda hingga sekitar 1 poin.")


def unit_report(unit, period, settings=None) -> dict:
    """Everything §1.6 asks to publish for one unit and period, as plain data."""
    settings = settings or settings_for(unit.instansi_id)
    result = ikm_for_unit(unit.instansi_id, unit.pk, period.start, period.end)
    record = unit_period(unit, period)
    population = record.population if record else None
    required = required_sample(population, settings)
    by_key = {u.key: u for u in result.unsur}
    rows = [{"code": u.code, "key": u.key, "name": u.name, "count": by_key[u.key].count,
             "total": by_key[u.key].total, "nrr": by_key[u.key].nrr_display,
             "ikm": by_key[u.key].ikm, "mutu": by_key[u.key].mutu.grade if by_key[u.key].mutu else ""}
            for u in ordered(settings.unsur_order)]
    return {
        "unit": unit.name, "agency": unit.agency.name if unit.agency_id and unit.agency else "",
        "period": period_label(period), "start": period.start, "end": period.end,
        "population": population, "required": required, "respondents": result.respondents,
        "below_sample": required is not None and result.respondents < required,
        "unsur": rows, "ikm": result.ikm, "mutu": result.mutu.grade if result.mutu else "",
        "mutu_label": result.mutu.label if result.mutu else "",
        "weakest": [{"key": u.key, "name": BY_KEY[u.key].name, "ikm": u.ikm} for u in result.weakest],
        "services": service_breakdown(unit, period.start, period.end),
        "profile": respondent_profile(unit, period.start, period.end),
        "follow_up": record.follow_up if record else "",
        "method": METHOD_TEXT, "legacy": settings.legacy_weight,
        "legacy_note": LEGACY_NOTE if settings.legacy_weight else "",
        "record": record,
    }
