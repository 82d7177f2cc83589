"""Close (and score) every CAT attempt whose time is up; safe to run every minute from cron."""

from django.core.management.base import BaseCommand

from abdi.cat.services.exam import finish_expired
from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within


class Command(BaseCommand):
    help = "Finish and score CAT attempts whose time is up (candidates who walked away)."

    def handle(self, *args, **options):
        total = 0
        for instansi in Instansi.objects.filter(is_active=True):
            with within(instansi):
                total += finish_expired()
        self.stdout.write(f"{total} attempt(s) closed")
