"""`manage.py seed_demo`: the three demo governments with their demo accounts (once)."""

import time

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from abdi.accounts.models import User
from abdi.demo.accounts import (
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    OPERATOR_USERNAME,
    ROLE_LABEL,
    create_persona_accounts,
    ensure_operator,
)
from abdi.demo.allowance import seed_allowance, seed_last_month
from abdi.demo.cat import seed as seed_cat
from abdi.demo.competency import seed as seed_competency
from abdi.demo.complaints import seed as seed_complaints
from abdi.demo.discipline import seed as seed_discipline
from abdi.demo.events import seed as seed_events
from abdi.demo.generator import GovernmentBuilder, registries_with_existing
from abdi.demo.governments import DEMO_GOVERNMENTS
from abdi.demo.guidance import seed as seed_guidance
from abdi.demo.identity import nip_prefix
from abdi.demo.knowledge import seed as seed_knowledge
from abdi.demo.performance import seed_performance
from abdi.demo.public_forums import seed as seed_public_forums
from abdi.demo.purge import purge_government
from abdi.demo.recruitment import seed as seed_recruitment
from abdi.demo.rewards import seed as seed_rewards
from abdi.demo.service_ratings import seed as seed_service_ratings
from abdi.demo.surveys import seed as seed_surveys
from abdi.demo.talent import seed as seed_talent
from abdi.demo.teams import seed as seed_teams
from abdi.demo.teamspace import seed as seed_teamspace
from abdi.demo.training import seed as seed_training
from abdi.demo.welfare import seed as seed_welfare
from abdi.demo.workforce import seed as seed_workforce
from abdi.frontdesk.models import Counter
from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within


def persona_username(persona) -> str:
    return nip_prefix(persona.birth_date, persona.tmt_cpns, persona.gender, pppk=False) + "001"


class Command(BaseCommand):
    help = "Creates the demo governments (Palembang, Semarang, Bulungan) and their accounts, once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo governments and their accounts first, then rebuild them.",
        )

    def handle(self, *args, reset=False, **options):
        started = time.monotonic()
        specs = [factory() for factory in DEMO_GOVERNMENTS]
        slugs = [spec.slug for spec in specs]
        if reset:
            for instansi in Instansi.objects.filter(slug__in=slugs):
                self.stdout.write(f"Deleting {instansi.name} …")
                purge_government(instansi)
            User.objects.filter(username=OPERATOR_USERNAME).delete()
        existing = set(Instansi.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        todo = [spec for spec in specs if spec.slug not in existing]
        operator_exists = User.objects.filter(username=OPERATOR_USERNAME).exists()
        if not todo and operator_exists:
            self.stdout.write("Demo data is already there; nothing to do (--reset rebuilds it).")
            return
        nips, niks = registries_with_existing()
        for spec in specs:
            for persona in spec.personas.values():
                nips.take(persona_username(persona))
        password_hash = make_password(DEMO_PASSWORD)
        today = timezone.localdate()
        for spec in todo:
            with transaction.atomic():
                result = GovernmentBuilder(spec, nips=nips, niks=niks, today=today).build()
                create_persona_accounts(result, password_hash=password_hash)
                performance = {"skp": 0, "activities": 0}
                if "atasan" in result.personas:
                    performance = seed_performance(result.instansi, result.personas["atasan"],
                                                   today=today)
                seed_allowance(result.instansi, today=today)
            with transaction.atomic(), within(result.instansi):
                seed_last_month(result.instansi, today=today)
                seed_discipline(result.instansi, today)
                seed_rewards(result.instansi, today)
                welfare = seed_welfare(result.instansi, today)
            with transaction.atomic(), within(result.instansi):
                # Citizens' voice: the counters of the surveys come first, the ratings use them.
                seed_surveys(result.instansi, today)
                seed_service_ratings(result.instansi, today)
                seed_complaints(result.instansi, today)
                seed_public_forums(result.instansi, today)
                counter = Counter.objects.order_by("pk").first()
            with transaction.atomic(), within(result.instansi):
                # Workforce planning and recruitment: ABK and formation, then a selection.
                seed_workforce(result.instansi, today)
                seed_recruitment(result.instansi, today)
                seed_cat(result.instansi, today)
            with transaction.atomic(), within(result.instansi):
                # Competency, training and talent: assessments first, the nine-box reads them.
                seed_competency(result.instansi, today)
                seed_training(result.instansi, today)
                seed_talent(result.instansi, today)
            with transaction.atomic(), within(result.instansi):
                # Cross-agency teams (after the SKPs: their results are mirrored into them), their
                # work space, events (after training: attendance earns JP), shared solutions, guidance.
                seed_teams(result.instansi, today)
                seed_teamspace(result.instansi, today)
                seed_events(result.instansi, today)
                seed_knowledge(result.instansi, today)
                seed_guidance(result.instansi, today)
            slug = result.instansi.slug
            self.stdout.write(
                f"{spec.name}, citizens (no account): complaints /pengaduan/warga/{slug}/, "
                f"survey /skm/isi/{counter.token}/, rate an officer "
                f"/penilaian-layanan/loket/{counter.token}/, forums /forum-publik/warga/{slug}/, "
                f"SKM results /skm/hasil/{slug}/; applicants /rekrutmen/lowongan/{slug}/.")
            counts = result.counts
            if welfare["doctor"]:
                self.stdout.write(f"{spec.name}: the welfare programme's doctor logs in as "
                                  f"{welfare['doctor']}.")
            self.stdout.write(
                f"{spec.name}: {counts['units']} units, {counts['positions']} positions, "
                f"{counts['employees']} employees, {counts['acting']} Plt/Plh, "
                f"{performance['skp']} SKPs, {performance['activities']} activities."
            )
        ensure_operator(password_hash)
        self._summary(specs)
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")

    def _summary(self, specs):
        write = self.stdout.write
        write("")
        write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for spec in specs:
            write(f"  {spec.name}")
            for role, persona in spec.personas.items():
                write(f"    {ROLE_LABEL[role]:<40} {persona_username(persona)}")
        write(f"  Platform\n    {ROLE_LABEL['operator']:<40} {OPERATOR_USERNAME}")
        write(
            f"Admins and the operator need a TOTP code: secret {DEMO_TOTP_SECRET}, or run "
            "`python manage.py demo_totp <username>`."
        )
