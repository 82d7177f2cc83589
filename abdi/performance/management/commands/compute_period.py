"""`manage.py compute_period --as <username> --year 2026 --kind monthly --number 11`: the same
service BKPSDM runs from its page, for a whole government, timed (see BENCHMARKS.md)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scope

from abdi.accounts.actor import Actor
from abdi.accounts.models import User
from abdi.core.errors import DomainError
from abdi.performance.services.period import compute_period


class Command(BaseCommand):
    help = "Computes appraisals, realisation and predikat of one period for a whole government."

    def add_arguments(self, parser):
        parser.add_argument("--as", dest="username", required=True, help="A BKPSDM admin's username.")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--kind", default="monthly")
        parser.add_argument("--number", type=int, required=True)

    def handle(self, *args, username, year, kind, number, **options):
        user = User.objects.filter(username=username.lower()).first()
        if user is None or user.instansi_id is None:
            raise CommandError(f"No government account {username!r}.")
        started = time.monotonic()
        with scope(instansi=user.instansi_id):
            try:
                summary = compute_period(actor=Actor.for_user(user, ip="127.0.0.1"),
                                         instansi_id=user.instansi_id, year=year, period_kind=kind,
                                         period_number=number)
            except DomainError as exc:
                raise CommandError(str(exc.message)) from exc
        self.stdout.write(f"{summary.as_dict()} in {time.monotonic() - started:.1f} s")
