"""Daily: e-mail employees still below the yearly minimum JP, from the configured day onwards."""

import datetime

from django.core.management.base import BaseCommand

from abdi.training.tasks import jp_reminders


class Command(BaseCommand):
    help = "Remind employees below the yearly minimum JP (once per employee and year)."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", type=int, action="append", dest="instansi_ids",
                            help="only this government's id (repeatable)")
        parser.add_argument("--date", type=datetime.date.fromisoformat, dest="today",
                            help="act as on this day (YYYY-MM-DD)")

    def handle(self, *args, instansi_ids=None, today=None, **options):
        sent = jp_reminders(instansi_ids, today=today)
        self.stdout.write(f"{sum(sent.values())} reminders in {len(sent)} governments")
