"""Make the self-signed certificate that signs CAT announcements when no BKPSDM certificate is set.

Production sets ABDI_SIGNING_P12 to the BKPSDM's own certificate (e.g. from BSrE) instead; see
docs/cat.md. The signing service runs this on first use too, so `make run` and the demo need no step.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from abdi.cat.services import signing


class Command(BaseCommand):
    help = "Create a self-signed announcement signing certificate (PKCS#12) under ABDI_VAR_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--name", help="Installation name in the certificate's CN "
                                           "(default: the first ABDI_ALLOWED_HOSTS entry).")
        parser.add_argument("--path", help="Where to write the PKCS#12 file (default: ABDI_SIGNING_P12, "
                                           "or ABDI_VAR_DIR/signing/announcement-signing.p12).")
        parser.add_argument("--force", action="store_true", help="Replace an existing file.")

    def handle(self, *args, **options):
        path = Path(options["path"]) if options["path"] else signing.key_path()
        if path.exists() and not options["force"]:
            raise CommandError(f"{path} exists; pass --force to replace it (announcements signed with "
                               "the old certificate will then show as not signed by this installation).")
        password = settings.ABDI_SIGNING_P12_PASSWORD.encode() or None
        fingerprint = signing.make_signing_key(path, name=options["name"], password=password)
        self.stdout.write(f"Wrote {path}\nCertificate SHA-256 fingerprint: {fingerprint}")
