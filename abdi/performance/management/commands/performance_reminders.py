"""Daily: remind employees whose SKP deadline is within a week and who have not submitted."""

import datetime

from django.core.management.base import BaseCommand

from abdi.performance.tasks import deadline_reminders


class Command(BaseCommand):
    help = "Notify employees without a submitted SKP when the SKP deadline is within 7 days."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", type=int, action="append", dest="instansi_ids",
                            help="only this government's id (repeatable)")
        parser.add_argument("--date", type=datetime.date.fromisoformat, dest="today",
                            help="act as on this day (YYYY-MM-DD), to replay a missed run")

    def handle(self, *args, instansi_ids=None, today=None, **options):
        made = deadline_reminders(instansi_ids, today=today)
        total = sum(made.values())
        self.stdout.write(f"{total} reminders in {len(made)} governments")
