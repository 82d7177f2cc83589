"""`manage.py generate_performance --slug bench --activities 10000000`: benchmark-scale SKPs and
daily activities for a synthetic government (PostgreSQL; see BENCHMARKS.md)."""

import time

from django.core.management.base import BaseCommand, CommandError

from abdi.demo.performance_bulk import generate
from abdi.tenancy.models import Instansi


class Command(BaseCommand):
    help = "Approved SKPs for every employee of a government and N daily activities (COPY)."

    def add_arguments(self, parser):
        parser.add_argument("--slug", default="bench")
        parser.add_argument("--activities", type=int, default=10_000_000)

    def handle(self, *args, slug, activities, **options):
        instansi = Instansi.objects.filter(slug=slug).first()
        if instansi is None:
            raise CommandError(f"No government with the slug {slug!r}: run generate_synthetic first.")
        started = time.monotonic()
        counts = generate(instansi, activities=activities, log=self.stdout.write)
        self.stdout.write(f"{counts['skps']:,} SKPs and {counts['activities']:,} activities "
                          f"in {time.monotonic() - started:.0f} s.")
