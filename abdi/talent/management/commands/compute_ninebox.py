"""`manage.py compute_ninebox --as <BKPSDM admin> --year 2025`: the nine-box of a whole government,
the same service as the page's button, for cron or a large government (≈ 12 s for 100,000)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scope

from abdi.accounts.actor import Actor
from abdi.accounts.models import User
from abdi.core.errors import DomainError
from abdi.talent.services.ninebox import compute_ninebox


class Command(BaseCommand):
    help = "Recomputes the nine-box of one year for a whole government."

    def add_arguments(self, parser):
        parser.add_argument("--as", dest="username", required=True, help="A BKPSDM admin's username.")
        parser.add_argument("--year", type=int, required=True)

    def handle(self, *args, username, year, **options):
        user = User.objects.filter(username=username.strip().lower()).first()
        if user is None or user.instansi_id is None:
            raise CommandError(f"No government account {username!r}.")
        started = time.monotonic()
        with scope(instansi=user.instansi_id):
            try:
                summary = compute_ninebox(actor=Actor.for_user(user, ip="127.0.0.1"),
                                          instansi_id=user.instansi_id, year=year)
            except DomainError as exc:
                raise CommandError(str(exc.message)) from exc
        self.stdout.write(f"{summary.as_dict()} in {time.monotonic() - started:.1f} s")
