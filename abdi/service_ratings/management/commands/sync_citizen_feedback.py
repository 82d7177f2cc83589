"""`manage.py sync_citizen_feedback [--instansi kota-a] [--year 2026] [--kind monthly]`: offer
citizens' ratings to the appraisals (cron nightly; ratings already refresh their own employee)."""

from django.core.management.base import BaseCommand, CommandError

from abdi.tenancy.models import Instansi

from ...tasks import sync_governments


class Command(BaseCommand):
    help = "Writes citizens' rating summaries into the appraisals of each government."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", help="Slug of one government (default: all active).")
        parser.add_argument("--year", type=int)
        parser.add_argument("--kind", choices=["monthly", "quarterly", "semester", "annual"])

    def handle(self, *args, instansi=None, year=None, kind=None, **options):
        ids = None
        if instansi:
            found = Instansi.objects.filter(slug=instansi).values_list("pk", flat=True).first()
            if found is None:
                raise CommandError(f"No government {instansi!r}.")
            ids = [found]
        changed = sync_governments(ids, year=year, period_kind=kind)
        self.stdout.write(f"appraisals changed per government: {changed}")
