from django.core.management.base import BaseCommand

from abdi.people import search_names


class Command(BaseCommand):
    help = ("Rebuild the directory's name-search copy from the employee rows (after a data-only "
            "restore made with triggers disabled).")

    def handle(self, *args, **options):
        count = search_names.rebuild()
        self.stdout.write(f"{count:,} names copied for the directory's search.")
