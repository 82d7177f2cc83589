"""Daily: tell the owner of every unfinished team task due tomorrow (once per task and date)."""

import datetime

from django.core.management.base import BaseCommand

from abdi.teamspace.tasks import due_reminders


class Command(BaseCommand):
    help = "Remind owners of team tasks due tomorrow (idempotent: safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", type=int, action="append", dest="instansi_ids",
                            help="only this government's id (repeatable)")
        parser.add_argument("--date", type=datetime.date.fromisoformat, dest="today",
                            help="act as on this day (YYYY-MM-DD)")

    def handle(self, *args, instansi_ids=None, today=None, **options):
        sent = due_reminders(instansi_ids, today=today)
        self.stdout.write(f"{sum(sent.values())} reminders in {len(sent)} governments")
