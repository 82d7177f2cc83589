"""`manage.py generate_synthetic`: large synthetic governments for benchmarks (e.g. 100,000 employees)."""

import time

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from abdi.demo.accounts import DEMO_PASSWORD, create_persona_accounts
from abdi.demo.generator import GovernmentBuilder, registries_with_existing
from abdi.demo.governments import synthetic
from abdi.demo.purge import purge_government
from abdi.tenancy.models import Instansi


def bench_usernames(slug: str) -> dict[str, str]:
    """The load-test personas of a synthetic government (e-mail style, so they never clash with NIPs)."""
    return {role: f"{role.replace('_', '.')}@{slug}.example" for role in ("hr_admin", "pegawai", "atasan")}


class Command(BaseCommand):
    help = (
        "Creates synthetic governments with units, positions and employees in proportion, plus an "
        "hr_admin, an atasan and a pegawai account each (password as in the demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--governments", type=int, default=1)
        parser.add_argument("--employees", type=int, default=100_000, help="Employees per government.")
        parser.add_argument("--slug", default="bench", help="Slug of the (first) government.")
        parser.add_argument("--batch-size", type=int, default=5000)
        parser.add_argument("--no-history", action="store_true", help="Skip riwayat pangkat/jabatan rows.")
        parser.add_argument("--reset", action="store_true", help="Replace governments with these slugs.")

    def handle(self, *args, governments, employees, slug, batch_size, no_history, reset, **options):
        if governments < 1 or employees < 1:
            raise CommandError("--governments and --employees must be at least 1.")
        slugs = [slug] if governments == 1 else [f"{slug}-{i}" for i in range(1, governments + 1)]
        taken = list(Instansi.objects.filter(slug__in=slugs))
        if taken and not reset:
            raise CommandError(
                f"{', '.join(i.slug for i in taken)} already exist(s); use --reset to replace."
            )
        for instansi in taken:
            self.stdout.write(f"Deleting {instansi.slug} …")
            purge_government(instansi)
        nips, niks = registries_with_existing()
        password_hash = make_password(DEMO_PASSWORD)
        for index, government_slug in enumerate(slugs, start=1):
            started = time.monotonic()
            spec = synthetic(government_slug, employees, index)
            with transaction.atomic():
                builder = GovernmentBuilder(
                    spec,
                    nips=nips,
                    niks=niks,
                    today=timezone.localdate(),
                    batch_size=batch_size,
                    with_history=not no_history,
                    log=self.stdout.write,
                )
                result = builder.build()
                accounts = create_persona_accounts(
                    result, usernames=bench_usernames(government_slug), password_hash=password_hash
                )
            counts = result.counts
            self.stdout.write(
                f"{spec.name} ({government_slug}): {counts['units']:,} units, "
                f"{counts['positions']:,} positions, {counts['employees']:,} employees, "
                f"{counts['rank_history'] + counts['position_history']:,} history rows "
                f"in {time.monotonic() - started:.1f} s."
            )
            for account in accounts:
                self.stdout.write(f"  {account.role:<10} {account.username}")
        self.stdout.write(f"Password: {DEMO_PASSWORD}")
