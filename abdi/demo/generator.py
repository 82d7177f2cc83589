"""Builds one government from a GovernmentSpec: units, positions, employees with history, Plt/Plh.

Writes with bulk_create (no audit: this is seed data), keeps the derived fields the services
would set (Unit.path/depth/agency; Employee.agency/job_kind/grade_ordinal/retirement_date),
and is deterministic: the same spec, seed and reference date give the same rows.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from django.db import transaction
from django_scopes import scopes_disabled

from abdi.org.models import ActingAssignment, Position, Unit
from abdi.people import rules
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee, PositionHistory, RankHistory
from abdi.people.rules import JfLevel, JobKind
from abdi.people.validation import retirement_date_for
from abdi.tenancy.models import Holiday, Instansi

from .fastinsert import insert
from .governments import FIXED_HOLIDAYS, NATIONAL_HOLIDAYS_2026, GovernmentSpec, Persona
from .identity import SerialRegistry, nik_prefix, nip_prefix
from .jobs import LEVEL_LABEL, Job
from .names import make_contact, make_education, make_name
from .orgplan import UnitPlan

# Ages, grades and careers are computed as of this day, so NIPs stay the same whenever one seeds.
REFERENCE_DATE = date(2026, 6, 1)

# Golongan ordinal a PNS reaches by regular promotion, by diploma (pangkat reguler ceiling).
EDUCATION_GRADE_CAP = {
    "SD": 4,
    "SMP": 7,
    "SMA": 10,
    "D1": 10,
    "D2": 10,
    "D3": 11,
    "D4": 12,
    "S1": 12,
    "S2": 13,
    "S3": 14,
}
MANAGERIAL_GRADES = {JobKind.JPT: (14, 16), JobKind.ADMINISTRATOR: (12, 14), JobKind.PENGAWAS: (10, 13)}
PPPK_GRADE_BY_EDUCATION = {
    "SMP": "III",
    "SMA": "V",
    "D3": "VII",
    "D4": "IX",
    "S1": "IX",
    "S2": "X",
    "S3": "XI",
}
ENTRY_AGE = {"SMP": (19, 25), "SMA": (19, 26), "D3": (21, 28), "D4": (22, 30), "S1": (23, 31), "S2": (25, 33)}
MIN_SERVICE_YEARS = {JobKind.JPT: 18, JobKind.ADMINISTRATOR: 12, JobKind.PENGAWAS: 7}
GROUP_BIRTH_PLACES = {
    "batak": ("Medan", "Pematangsiantar", "Tarutung", "Sibolga", "Balige"),
    "bugis": ("Makassar", "Pare-Pare", "Watampone", "Sengkang"),
    "banjar": ("Banjarmasin", "Martapura", "Amuntai", "Kandangan"),
    "dayak": ("Malinau", "Long Bia", "Long Peso", "Tanjung Selor", "Long Nawang"),
    "minang": ("Padang", "Bukittinggi", "Payakumbuh", "Solok"),
    "sunda": ("Bandung", "Garut", "Tasikmalaya", "Sumedang"),
    "jawa": ("Semarang", "Surakarta", "Yogyakarta", "Kebumen", "Klaten", "Madiun"),
}
HEAD_TEMPLATES = {
    "Sekretaris": "Sekretaris {agency}",
    "Kepala Sekolah": "Kepala {unit}",
    "Kepala UPTD Puskesmas": "Kepala {unit}",
}


@dataclass
class Slot:
    """One employee to create: the position they hold (None for a pensioner) in a unit."""

    position: Position | None
    job: Job
    unit: Unit
    unit_code: str
    is_head: bool = False
    persona: str = ""
    status: str = ""


@dataclass
class BuildResult:
    instansi: Instansi
    spec: GovernmentSpec
    agencies: dict[str, Unit] = field(default_factory=dict)
    personas: dict[str, Employee] = field(default_factory=dict)
    head_holders: dict[str, Employee] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _month_start(day: date) -> date:
    return day.replace(day=1)


class GovernmentBuilder:
    def __init__(
        self,
        spec: GovernmentSpec,
        *,
        nips: SerialRegistry,
        niks: SerialRegistry,
        today: date,
        reference: date = REFERENCE_DATE,
        batch_size: int = 5000,
        with_history: bool = True,
        log: Callable[[str], None] | None = None,
    ):
        self.spec = spec
        self.rng = Random(spec.seed)  # noqa: S311 - reproducible demo data, not a secret
        self.nips = nips
        self.niks = niks
        self.today = today
        self.reference = reference
        self.batch_size = batch_size
        self.with_history = with_history
        self.log = log or (lambda message: None)
        self.sk_counter = 0
        groups = list(spec.name_mix)
        self._groups, self._group_weights = groups, [spec.name_mix[g] for g in groups]

    # --- organisation ---------------------------------------------------------------------

    def build(self) -> BuildResult:
        with scopes_disabled(), transaction.atomic():
            spec = self.spec
            instansi = Instansi.objects.create(
                slug=spec.slug,
                name=spec.name,
                kind=spec.kind,
                seat=spec.seat,
                province=spec.province,
                time_zone=spec.time_zone,
                appraisal_period=spec.appraisal_period,
            )
            self.instansi = instansi
            result = BuildResult(instansi=instansi, spec=spec)
            self._create_units(result)
            self._create_positions()
            slots = self._plan_slots()
            self._create_employees(slots, result)
            self._create_acting(result)
            self._create_holidays()
            result.counts.update(units=len(self.units), positions=len(self.positions))
            return result

    def _create_units(self, result: BuildResult) -> None:
        self.units: dict[str, Unit] = {}
        self.plans: dict[str, UnitPlan] = {}
        self.agency_of: dict[str, str] = {}
        level: list[tuple[UnitPlan, str | None, str]] = [(p, None, p.code) for p in self.spec.plan]
        depth = 0
        while level:
            rows = []
            for index, (plan, parent_code, agency_code) in enumerate(level):
                if plan.code in self.plans:
                    raise ValueError(f"Unit code {plan.code} appears twice in {self.spec.slug}.")
                self.plans[plan.code] = plan
                self.agency_of[plan.code] = agency_code
                address = plan.address
                if not address and plan.kind in (Unit.Kind.SEKOLAH, Unit.Kind.PUSKESMAS, Unit.Kind.KELURAHAN):
                    address = self._street_address()
                rows.append(
                    Unit(
                        instansi=self.instansi,
                        parent=self.units[parent_code] if parent_code else None,
                        kind=plan.kind,
                        name=plan.name,
                        short_name=plan.short_name,
                        code=plan.code,
                        sort_order=index * 10,
                        address=address,
                        depth=depth,
                    )
                )
            created = Unit.objects.bulk_create(rows, batch_size=self.batch_size)
            for (plan, parent_code, _), unit in zip(level, created, strict=True):
                parent = self.units.get(parent_code) if parent_code else None
                unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
                unit.agency_id = parent.agency_id if parent else unit.pk
                self.units[plan.code] = unit
                if parent is None:
                    result.agencies[plan.code] = unit
            Unit.objects.bulk_update(created, ["path", "agency"], batch_size=self.batch_size)
            level = [
                (child, plan.code, agency_code) for plan, _, agency_code in level for child in plan.children
            ]
            depth += 1

    def _position_name(self, job: Job, code: str) -> str:
        unit = self.units[code]
        agency = self.units[self.agency_of[code]]
        if job.name in HEAD_TEMPLATES:
            return HEAD_TEMPLATES[job.name].format(agency=agency.name, unit=unit.name)
        if job.name == "Lurah":
            return f"Lurah {unit.name.removeprefix('Kelurahan ')}"
        if job.name == "Camat":
            return f"Camat {unit.name.removeprefix('Kecamatan ')}"
        return job.name

    def _create_positions(self) -> None:
        self.positions: list[Position] = []
        self.head_position: dict[str, Position] = {}
        self.staff_positions: dict[str, list[tuple[Position, Job, float]]] = {}
        rows: list[tuple[str, Job, Position, float]] = []
        for code, plan in self.plans.items():
            unit = self.units[code]
            entries = [(plan.head, True, 0.0)] + [(job, False, weight) for job, weight in plan.staff]
            seen = set()
            for job, is_head, weight in entries:
                name = self._position_name(job, code) if is_head else job.name
                if name in seen:
                    continue
                seen.add(name)
                rows.append(
                    (
                        code,
                        job,
                        Position(
                            instansi=self.instansi,
                            unit=unit,
                            name=name,
                            kind=job.kind,
                            level=job.level,
                            kelas_jabatan=job.kelas,
                            is_head=is_head,
                            pelaksana_group=job.group,
                            eselon=job.eselon,
                            retirement_age_override=job.law_age,
                        ),
                        weight,
                    )
                )
        Position.objects.bulk_create([row[2] for row in rows], batch_size=self.batch_size)
        for code, job, position, weight in rows:
            self.positions.append(position)
            if position.is_head:
                self.head_position[code] = position
            else:
                self.staff_positions.setdefault(code, []).append((position, job, weight))

    # --- who sits where ---------------------------------------------------------------------

    def _plan_slots(self) -> list[Slot]:
        spec, rng = self.spec, self.rng
        vacant = {a.unit_code for a in spec.acting if a.kind == "plt"}
        on_leave = {a.unit_code for a in spec.acting if a.kind == "plh"}
        slots: list[Slot] = []
        persona_heads = set()
        for role, persona in spec.personas.items():
            code = persona.unit_code
            head = self.head_position[code]
            if head.name == persona.job_name:
                persona_heads.add(code)
                slots.append(Slot(head, self.plans[code].head, self.units[code], code, True, role))
                continue
            match = [(p, j) for p, j, _ in self.staff_positions.get(code, []) if p.name == persona.job_name]
            if not match:
                raise ValueError(f"Persona {role}: no position {persona.job_name!r} in unit {code}.")
            slots.append(Slot(match[0][0], match[0][1], self.units[code], code, persona=role))
        for role, (code, is_head) in spec.random_personas.items():
            if is_head:
                persona_heads.add(code)
                slots.append(
                    Slot(self.head_position[code], self.plans[code].head, self.units[code], code, True, role)
                )
            else:
                position, job, _ = max(self.staff_positions[code], key=lambda entry: entry[2])
                slots.append(Slot(position, job, self.units[code], code, persona=role))
        for code, position in self.head_position.items():
            if code in vacant or code in persona_heads:
                continue
            status = EmployeeStatus.CUTI if code in on_leave else ""
            slots.append(Slot(position, self.plans[code].head, self.units[code], code, True, status=status))
        remaining = spec.employees - len(slots)
        if remaining <= 0:
            return slots[: spec.employees]
        # Every unit with staff gets its main staff jabatan once, then the rest by weight.
        weighted: list[tuple[str, Position, Job]] = []
        weights: list[float] = []
        staff: list[Slot] = []
        for code, entries in self.staff_positions.items():
            for position, job, weight in entries:
                weighted.append((code, position, job))
                weights.append(weight)
            if len(staff) < remaining:
                position, job, _ = max(entries, key=lambda entry: entry[2])
                staff.append(Slot(position, job, self.units[code], code))
        singles = {(s.unit_code, s.position.pk) for s in staff if s.job.single}
        while len(staff) < remaining:
            for code, position, job in rng.choices(weighted, weights, k=remaining - len(staff)):
                if job.single:
                    if (code, position.pk) in singles:
                        continue
                    singles.add((code, position.pk))
                staff.append(Slot(position, job, self.units[code], code))
        rng.shuffle(staff)
        # One pensioner per government: last held a pelaksana jabatan, now holds none.
        for slot in staff:
            if slot.job.kind == JobKind.PELAKSANA:
                slot.status, slot.position = EmployeeStatus.PENSIUN, None
                break
        return slots + staff

    # --- people -----------------------------------------------------------------------------

    def _create_employees(self, slots: list[Slot], result: BuildResult) -> None:
        self._units_by_head_kind: dict[str, list[Unit]] = {}
        for code, position in self.head_position.items():
            self._units_by_head_kind.setdefault(position.kind, []).append(self.units[code])
        self._units_by_kind: dict[str, list[Unit]] = {}
        for unit in self.units.values():
            self._units_by_kind.setdefault(unit.kind, []).append(unit)
        counts = {"employees": 0, "rank_history": 0, "position_history": 0}
        total = len(slots)
        for start in range(0, total, self.batch_size):
            batch = slots[start : start + self.batch_size]
            drafts = [self._make_employee(index + start, slot) for index, slot in enumerate(batch)]
            insert(Employee, [d[0] for d in drafts], batch_size=self.batch_size)
            ranks, histories = [], []
            for (employee, rank_rows, position_rows), slot in zip(drafts, batch, strict=True):
                if slot.persona:
                    result.personas[slot.persona] = employee
                if slot.is_head:
                    result.head_holders[slot.unit_code] = employee
                if not self.with_history:
                    continue
                for grade, tmt, sk in rank_rows:
                    ranks.append(
                        RankHistory(
                            instansi=self.instansi,
                            employee=employee,
                            grade=grade,
                            tmt=tmt,
                            sk_number=sk,
                            sk_date=tmt - timedelta(days=30),
                        )
                    )
                for row in position_rows:
                    histories.append(PositionHistory(instansi=self.instansi, employee=employee, **row))
            insert(RankHistory, ranks, batch_size=self.batch_size)
            insert(PositionHistory, histories, batch_size=self.batch_size)
            counts["employees"] += len(drafts)
            counts["rank_history"] += len(ranks)
            counts["position_history"] += len(histories)
            if total > self.batch_size:
                self.log(f"  {counts['employees']:,}/{total:,} employees")
        result.counts.update(counts)

    def _street_address(self) -> str:
        rng = self.rng
        return f"{rng.choice(self.spec.streets)} No. {rng.randint(1, 250)}, {self.spec.seat}"

    def _sk(self, code: str, year: int) -> str:
        self.sk_counter += 1
        return f"{code}/{self.sk_counter % 9000 + 100:04d}/{self.spec.sk_office}/{year}"

    def _persona_or_random(self, slot: Slot) -> Persona | None:
        return self.spec.personas.get(slot.persona) if slot.persona else None

    def _make_employee(self, serial: int, slot: Slot):
        rng, spec, job, ref = self.rng, self.spec, slot.job, self.reference
        persona = self._persona_or_random(slot)
        group = rng.choices(self._groups, self._group_weights)[0]
        if persona:
            gender, name = persona.gender, persona.name
            birth, tmt_cpns = persona.birth_date, persona.tmt_cpns
            kind = "PNS"
            education_level = persona.education_level
            education_major, front, back = persona.education_major, persona.front_title, persona.back_title
        else:
            gender = "P" if rng.random() < job.female_share else "L"
            name, _ = make_name(rng, group, gender)
            low, high = job.ages
            if slot.status == EmployeeStatus.PENSIUN:
                # Reached the pelaksana BUP (58) a few months before the reference date.
                birth = _add_years(ref, -58) - timedelta(days=rng.randint(40, 150))
            else:
                birth = _add_years(ref, -rng.randint(low, high)) - timedelta(days=rng.randint(0, 364))
            kind = "PNS"
            if not slot.is_head and slot.status != EmployeeStatus.PENSIUN:
                draw = rng.random()
                if draw < job.pppk_share:
                    kind = "PPPK"
                elif (
                    draw > 0.97
                    and job.kind in (JobKind.PELAKSANA, JobKind.FUNGSIONAL)
                    and job.level in ("", JfLevel.AHLI_PERTAMA, JfLevel.TERAMPIL)
                ):
                    kind = "CPNS"
            education_level = rng.choice(job.education)
            if kind == "CPNS":
                birth = _add_years(ref, -rng.randint(23, 30)) - timedelta(days=rng.randint(0, 364))
                tmt_cpns = date(ref.year - 1, 7, 1)
            elif kind == "PPPK":
                birth = _add_years(ref, -rng.randint(max(low, 26), max(min(high, 52), 30))) - timedelta(
                    days=rng.randint(0, 364)
                )
                tmt_cpns = date(rng.choice((2022, 2022, 2023, 2024, 2025)), rng.choice((1, 3, 4)), 1)
            else:
                entry_level = education_level if education_level in ENTRY_AGE else "S1"
                if education_level in ("S2", "S3"):
                    entry_level = "S1"
                entry_age = rng.randint(*ENTRY_AGE[entry_level])
                tmt_cpns = date(birth.year + entry_age, rng.choice((1, 3, 3, 4, 6, 10, 12)), 1)
                need = MIN_SERVICE_YEARS.get(job.kind, 1)
                latest = _month_start(_add_years(ref, -need))
                if tmt_cpns > latest:
                    tmt_cpns = latest
                if tmt_cpns <= _add_years(birth, 18):
                    tmt_cpns = _month_start(_add_years(birth, 19)) + timedelta(days=31)
                    tmt_cpns = _month_start(tmt_cpns)
            education = make_education(
                rng, level=education_level, majors=job.majors, gender=gender, birth_year=birth.year
            )
            education_major, front, back = education.major, education.front_title, education.back_title
        pppk = kind == "PPPK"
        nip = (
            self.nips.next(nip_prefix(birth, tmt_cpns, gender, pppk=pppk))
            if not persona
            else self.nips.take(nip_prefix(birth, tmt_cpns, gender, pppk=False) + "001")
        )
        region = spec.nik_regions[0] if rng.random() < 0.7 else rng.choice(spec.nik_regions)
        nik = self.niks.next(nik_prefix(region, rng.randint(1, 16), birth, gender))
        grade, tmt_grade, rank_rows = self._grades(kind, job, education_level, tmt_cpns, persona)
        position = slot.position
        tmt_position, position_rows = self._positions(slot, kind, tmt_cpns)
        status = slot.status or EmployeeStatus.AKTIF
        if not slot.status and not slot.is_head and not slot.persona:
            draw = rng.random()
            if draw < 0.02:
                status = EmployeeStatus.CUTI
            elif draw < 0.035 and kind == "PNS" and birth.year >= ref.year - 45 and education_level != "S2":
                status = EmployeeStatus.TUGAS_BELAJAR
        phone, email = make_contact(rng, name=name, domain=spec.mail_domain, serial=serial)
        birth_places = GROUP_BIRTH_PLACES.get(group) if rng.random() < 0.3 else None
        employee = Employee(
            instansi=self.instansi,
            nip=nip,
            nik=nik,
            name=name,
            front_title=front,
            back_title=back,
            nip_lama=str(rng.randint(100_000_000, 999_999_999))
            if tmt_cpns.year < 2008 and kind == "PNS"
            else "",
            birth_place=rng.choice(birth_places or spec.birth_places),
            birth_date=birth,
            gender=gender,
            kind=kind,
            grade=grade,
            grade_ordinal=rules.grade_ordinal(grade, kind=kind),
            tmt_grade=tmt_grade,
            tmt_cpns=tmt_cpns,
            unit=slot.unit,
            agency_id=slot.unit.agency_id,
            position=position,
            job_kind=position.kind if position else "",
            tmt_position=tmt_position if position else None,
            status=status,
            education_level=education_level,
            education_major=education_major,
            email=email,
            phone=phone,
            address=self._street_address() if rng.random() < 0.85 else "",
            retirement_date=retirement_date_for(birth, position),
        )
        return employee, rank_rows, position_rows

    def _grades(self, kind: str, job: Job, education_level: str, tmt_cpns: date, persona: Persona | None):
        """Current golongan, its TMT, and the riwayat pangkat (grade, tmt, SK number) oldest first."""
        rng, ref = self.rng, self.reference
        if kind == "PPPK":
            grade = PPPK_GRADE_BY_EDUCATION.get(education_level, "V")
            if job.level == JfLevel.AHLI_MUDA:
                grade = "XI"
            return grade, tmt_cpns, [(grade, tmt_cpns, self._sk("800.1.2.2", tmt_cpns.year))]
        entry_level = "S1" if education_level in ("S2", "S3") else education_level
        initial = rules.PNS_GRADE_BY_CODE[rules.initial_grade_for_education(entry_level)].ordinal
        years = (ref - tmt_cpns).days / 365.25
        natural = initial + int(years // 4)
        if job.kind == JobKind.FUNGSIONAL:
            low_code, high_code = rules.jf_grade_range(job.level)
            low, high = rules.PNS_GRADE_BY_CODE[low_code].ordinal, rules.PNS_GRADE_BY_CODE[high_code].ordinal
        elif job.kind in MANAGERIAL_GRADES:
            low, high = MANAGERIAL_GRADES[JobKind(job.kind)]
        else:
            low, high = initial, max(initial, EDUCATION_GRADE_CAP.get(education_level, 12))
        ordinal = min(max(natural, low), high)
        if kind == "CPNS":
            ordinal = initial
        if persona:
            ordinal = rules.PNS_GRADE_BY_CODE[persona.grade].ordinal
        ordinal = max(ordinal, initial)
        codes = [g.code for g in rules.PNS_GRADES]
        steps = ordinal - initial
        rows = [(codes[initial - 1], tmt_cpns, self._sk("800.1.2.1", tmt_cpns.year))]
        if steps == 0:
            if kind == "PNS" and years >= 1.5:
                pns = _month_start(_add_years(tmt_cpns, 1)) + timedelta(days=rng.randint(0, 120))
                pns = _month_start(pns)
                rows.append((codes[initial - 1], pns, self._sk("800.1.2.3", pns.year)))
            return codes[ordinal - 1], tmt_cpns, rows[-4:]
        # Promotions (kenaikan pangkat) take effect on 1 April or 1 October.
        end = ref - timedelta(days=rng.randint(60, 1200))
        end = max(end, _add_years(tmt_cpns, 2))
        span = (end - tmt_cpns).days
        previous = tmt_cpns
        for step in range(1, steps + 1):
            day = tmt_cpns + timedelta(days=span * step // steps)
            period = (
                date(day.year, 10, 1)
                if day.month >= 10
                else date(day.year, 4, 1)
                if day.month >= 4
                else date(day.year - 1, 10, 1)
            )
            if period <= previous:
                period = date(previous.year, 10, 1) if previous.month < 10 else date(previous.year + 1, 4, 1)
            period = min(period, ref)
            previous = period
            rows.append((codes[initial + step - 1], period, self._sk("800.1.11.1", period.year)))
        return codes[ordinal - 1], rows[-1][1], rows[-4:]

    def _positions(self, slot: Slot, kind: str, tmt_cpns: date):
        """TMT of the current jabatan and the riwayat jabatan rows, oldest first."""
        rng, ref, job, unit = self.rng, self.reference, slot.job, slot.unit
        position = slot.position
        current_name = position.name if position else job.name
        if kind in ("CPNS", "PPPK"):
            reason = "Pengangkatan PPPK" if kind == "PPPK" else "Pengangkatan CPNS"
            return tmt_cpns, [self._history_row(current_name, unit, job, tmt_cpns, reason, position)]
        years = (ref - tmt_cpns).days / 365.25
        all_units = list(self.units.values())
        same_kind = self._units_by_kind.get(unit.kind, [unit])
        entry = ("Pengadministrasi Umum", rng.choice(all_units), None, "Pengangkatan CPNS")
        earlier: list[tuple[str, Unit, Job | None, str]] = []
        reason = "Pengangkatan CPNS"
        tmt_floor = None
        if job.kind == JobKind.JPT:
            earlier = [entry, self._managerial(JobKind.PENGAWAS), self._managerial(JobKind.ADMINISTRATOR)]
            reason = "Promosi"
        elif job.kind == JobKind.ADMINISTRATOR:
            earlier = [entry, self._managerial(JobKind.PENGAWAS)]
            reason = "Promosi"
        elif job.kind == JobKind.PENGAWAS:
            earlier = [entry]
            reason = "Promosi"
        elif job.kind == JobKind.FUNGSIONAL:
            base = job.name.removesuffix(f" {LEVEL_LABEL[JfLevel(job.level)]}")
            ladder = {
                JfLevel.AHLI_MUDA: [JfLevel.AHLI_PERTAMA],
                JfLevel.AHLI_MADYA: [JfLevel.AHLI_PERTAMA, JfLevel.AHLI_MUDA],
                JfLevel.MAHIR: [JfLevel.TERAMPIL],
                JfLevel.PENYELIA: [JfLevel.TERAMPIL, JfLevel.MAHIR],
            }
            levels = ladder.get(JfLevel(job.level), [])
            if job.name == "Kepala Sekolah":
                base, levels = "Guru", [JfLevel.AHLI_PERTAMA, JfLevel.AHLI_MUDA, JfLevel.AHLI_MADYA]
            teaching_or_care = unit.kind in (Unit.Kind.SEKOLAH, Unit.Kind.PUSKESMAS, Unit.Kind.RSUD)
            if (
                levels
                and job.level == JfLevel.AHLI_MUDA
                and not teaching_or_care
                and tmt_cpns.year < 2012
                and rng.random() < 0.4
            ):
                # Penyederhanaan birokrasi: many pengawas posts became JF at the end of 2021.
                earlier = [entry, self._managerial(JobKind.PENGAWAS)]
                reason = "Penyetaraan jabatan administrasi ke dalam jabatan fungsional"
                tmt_floor = date(2021, 12, 31)
            elif levels:
                earlier = [
                    (
                        f"{base} {LEVEL_LABEL[lvl]}",
                        rng.choice(same_kind),
                        None,
                        "Kenaikan jenjang jabatan fungsional",
                    )
                    for lvl in levels
                ]
                earlier[0] = (*earlier[0][:3], "Pengangkatan CPNS")
                reason = "Kenaikan jenjang jabatan fungsional"
            elif years > 4 and rng.random() < 0.6:
                earlier = [(job.name, rng.choice(same_kind), None, "Pengangkatan CPNS")]
                reason = "Mutasi"
        elif job.name != "Pengadministrasi Umum" and rng.random() < 0.5:
            earlier = [entry]
            reason = "Penyesuaian nomenklatur jabatan pelaksana"
        elif years > 4 and rng.random() < 0.4:
            earlier = [(job.name, rng.choice(all_units), None, "Pengangkatan CPNS")]
            reason = "Mutasi"
        earlier = earlier[-3:]
        if not earlier:
            tmt_position = tmt_cpns
        else:
            share = rng.uniform(0.6, 0.92) if slot.is_head else rng.uniform(0.35, 0.9)
            tmt_position = _month_start(tmt_cpns + timedelta(days=int(max(years, 1) * 365.25 * share)))
            tmt_position = min(tmt_position, _month_start(ref - timedelta(days=90)))
            if tmt_floor:
                tmt_position = max(tmt_position, tmt_floor)
        rows = []
        span = max((tmt_position - tmt_cpns).days, 1)
        for index, (name, where, prior_job, prior_reason) in enumerate(earlier):
            tmt = (
                tmt_cpns
                if index == 0
                else _month_start(tmt_cpns + timedelta(days=span * index // len(earlier)))
            )
            rows.append(self._history_row(name, where, prior_job, tmt, prior_reason, None))
        rows.append(self._history_row(current_name, unit, job, tmt_position, reason, position))
        return tmt_position, rows

    def _managerial(self, kind: str) -> tuple[str, Unit, Job | None, str]:
        units = self._units_by_head_kind.get(kind) or list(self.units.values())
        unit = self.rng.choice(units)
        head = self.head_position.get(unit.code)
        name = head.name if head else f"Kepala {unit.name}"
        return name, unit, Job(name, kind, head.kelas_jabatan if head else 9), "Promosi"

    def _history_row(
        self, name: str, unit: Unit, job: Job | None, tmt: date, reason: str, position: Position | None
    ) -> dict:
        return {
            "position": position,
            "position_name": name[:200],
            "unit": unit,
            "unit_name": unit.name,
            "job_kind": job.kind if job else "",
            "level": job.level if job else "",
            "kelas_jabatan": job.kelas if job else None,
            "tmt": tmt,
            "sk_number": self._sk("800.1.3.3", tmt.year),
            "sk_date": tmt - timedelta(days=14),
            "reason": reason,
        }

    # --- acting officials and the calendar --------------------------------------------------

    def _create_acting(self, result: BuildResult) -> None:
        rows = []
        for acting in self.spec.acting:
            holder = result.head_holders.get(acting.by_unit_code)
            position = self.head_position[acting.unit_code]
            if holder is None:
                continue
            if acting.kind == "plt":
                start, end = self.today - timedelta(days=100), self.today + timedelta(days=265)
            else:
                start, end = self.today - timedelta(days=7), self.today + timedelta(days=53)
            rows.append(
                ActingAssignment(
                    instansi=self.instansi,
                    kind=acting.kind,
                    position=position,
                    employee=holder,
                    start=start,
                    end=end,
                    sk_number=self._sk("800.1.3.3", start.year),
                )
            )
        ActingAssignment.objects.bulk_create(rows)
        result.counts["acting"] = len(rows)

    def _create_holidays(self) -> None:
        days: dict[date, str] = {}
        for year in sorted({self.reference.year, self.today.year}):
            if year == 2026:
                days.update(dict(NATIONAL_HOLIDAYS_2026))
            else:
                for month, day, name in FIXED_HOLIDAYS:
                    days[date(year, month, day)] = name.format(year=year)
            for month, day, name in self.spec.local_holidays:
                days.setdefault(date(year, month, day), name)
        Holiday.objects.bulk_create(
            [Holiday(instansi=self.instansi, date=day, name=name) for day, name in sorted(days.items())]
        )


def registries_with_existing() -> tuple[SerialRegistry, SerialRegistry]:
    """Serial registries that already know every NIP and NIK in the database."""
    nips, niks = SerialRegistry(3), SerialRegistry(4)
    with scopes_disabled():
        for nip, nik in Employee.objects.values_list("nip", "nik").iterator(chunk_size=20000):
            if len(nip) == 18 and nip.isdigit():
                nips.take(nip)
            if len(nik) == 16 and nik.isdigit():
                niks.take(nik)
    return nips, niks
