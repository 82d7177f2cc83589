"""Daily: end memberships of those who left the government, ask new atasan of those who moved,
hand agreements over to a new atasan of the same unit."""

from django.core.management.base import BaseCommand

from abdi.teams.tasks import membership_sweep


class Command(BaseCommand):
    help = "Check team members who left the government or moved to another perangkat daerah."

    def add_arguments(self, parser):
        parser.add_argument("--instansi", type=int, action="append", dest="instansi_ids",
                            help="only this government's id (repeatable)")

    def handle(self, *args, instansi_ids=None, **options):
        swept = membership_sweep(instansi_ids)
        self.stdout.write(f"{sum(swept.values())} teams updated in {len(swept)} governments")
