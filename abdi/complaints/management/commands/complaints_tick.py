"""`manage.py complaints_tick [--instansi kota-a]`: close lapsed answers (T-CMP-7) and escalate
overdue clocks (R-CMP-4) once. Safe to run as often as cron likes (hourly or daily)."""

from django.core.management.base import BaseCommand

from abdi.complaints.tasks import tick_all


class Command(BaseCommand):
    help = "Closes complaints whose reporter window passed and escalates overdue deadlines."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", default=None, help="Only this government's slug.")

    def handle(self, *args, instansi=None, **options):
        for slug, result in tick_all(instansi).items():
            self.stdout.write(f"{slug}: {result['closed']} closed, {result['escalated']} escalated, "
                              f"{result['warned']} near the deadline")
