"""The digital signature (PAdES, pyHanko) of announcement PDFs and its offline check.

The key and certificate come from a PKCS#12 file: ABDI_SIGNING_P12 (production: the BKPSDM's
certificate, e.g. from BSrE) or, when that is not set, a self-signed one made on first use under
ABDI_VAR_DIR. Nothing is fetched from the network: no timestamp authority when signing, and the
check trusts the configured certificate only, with revocation fetching off.
"""

import dataclasses
import datetime
import functools
import hashlib
import io
import logging
import os
import warnings
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

logger = logging.getLogger(__name__)

REASON = "Pengumuman hasil seleksi"
FIELD_NAME = "PengumumanHasilSeleksi"
DEFAULT_FILE = "signing/announcement-signing.p12"
YEARS_VALID = 5


class SigningNotConfigured(DomainError):
    """ABDI_SIGNING_P12 names a file that is missing or cannot be opened with the password."""

    status = 503


@dataclasses.dataclass(frozen=True)
class SignatureCheck:
    """What the public check page shows of one PDF's signature."""

    valid: bool
    problem: str = ""  # why not valid, already translated
    signer: str = ""  # the certificate's subject
    signed_at: datetime.datetime | None = None  # the time the signer's clock reported
    fingerprint: str = ""  # SHA-256 of the signer's certificate (DER), hex


def _pyhanko():
    # pyHanko imports cryptography's DSA module, which warns about DSA on import; we never use DSA.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.sign import signers, validation

    return signers, validation


def key_path() -> Path:
    configured = (getattr(settings, "ABDI_SIGNING_P12", "") or "").strip()
    return Path(configured) if configured else Path(settings.VAR_DIR) / DEFAULT_FILE


def _password() -> bytes | None:
    password = getattr(settings, "ABDI_SIGNING_P12_PASSWORD", "") or ""
    return password.encode() if password else None


def installation_name() -> str:
    hosts = [h for h in settings.ALLOWED_HOSTS if h and h not in {"*", "127.0.0.1", "localhost"}]
    return hosts[0].lstrip(".") if hosts else "local"


def make_signing_key(path: Path, *, name: str | None = None, password: bytes | None = None,
                     years: int = YEARS_VALID) -> str:
    """Write a self-signed certificate and its EC P-256 key as PKCS#12 to `path` (mode 0600);
    return the certificate's SHA-256 fingerprint."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME,
                           f"Abdi {name or installation_name()} announcement signing"[:64]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Abdi"),
    ])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    data = pkcs12.serialize_key_and_certificates(b"abdi-announcement", key, cert, None, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    os.replace(partial, path)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


@functools.lru_cache(maxsize=4)
def _load(path: str, _mtime_ns: int, password: bytes | None):
    signers, _validation = _pyhanko()
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(Path(path).read_bytes(), other_certs=[],
                                                       passphrase=password)
    except Exception:  # pyHanko raises several kinds for a bad file or password
        signer = None
    if signer is None:
        raise SigningNotConfigured(_("The announcement signing certificate cannot be opened: check "
                                     "ABDI_SIGNING_P12 and ABDI_SIGNING_P12_PASSWORD."))
    return signer


def _signer(*, create: bool):
    """The configured signer; with `create`, make the self-signed default if nothing is configured."""
    path = key_path()
    if not path.exists():
        if getattr(settings, "ABDI_SIGNING_P12", "") or not create:
            raise SigningNotConfigured(_("The announcement signing certificate %(path)s is missing.")
                                       % {"path": path.name})
        fingerprint = make_signing_key(path, password=_password())
        logger.warning("Created a self-signed announcement signing certificate at %s (SHA-256 %s)",
                       path, fingerprint)
    return _load(str(path), path.stat().st_mtime_ns, _password())


def certificate_fingerprint(cert) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def sign_pdf(pdf: bytes, *, location: str) -> bytes:
    """The PDF with a PAdES signature of the configured certificate appended (no timestamp)."""
    signers, _validation = _pyhanko()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigSeedSubFilter

    signer = _signer(create=True)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, reason=REASON, location=location[:200] or None,
        name=signer.signing_cert.subject.native.get("common_name") or None,
        subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()


def check_pdf(data: bytes) -> SignatureCheck:
    """Validate the one signature of an announcement PDF against the configured certificate,
    offline. Any change after signing (edited bytes or an appended update) makes it invalid."""
    _signers, validation = _pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        trusted = _signer(create=False).signing_cert
    except SigningNotConfigured:
        return SignatureCheck(False, _("No signing certificate is configured on this installation."))
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception:  # a damaged PDF may fail to parse in many ways
        return SignatureCheck(False, _("The file is not a readable PDF."))
    if len(signatures) != 1:
        return SignatureCheck(False, _("The PDF carries no signature.") if not signatures
                              else _("The PDF carries more than one signature."))
    embedded = signatures[0]
    context = ValidationContext(trust_roots=[trusted], allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validation.validate_pdf_signature(embedded, context, skip_diff=True)
    except Exception as exc:  # uploaded bytes may break the CMS or PDF parser anywhere
        logger.info("Announcement signature check failed: %s", exc)
        return SignatureCheck(False, _("The signature cannot be read."))
    cert = status.signing_cert
    found = {"signer": cert.subject.human_friendly if cert else "",
             "signed_at": status.signer_reported_dt,
             "fingerprint": certificate_fingerprint(cert) if cert else ""}
    if not (status.intact and status.valid):
        return SignatureCheck(False, _("The PDF was changed after it was signed."), **found)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureCheck(False, _("Something was added to the PDF after it was signed."), **found)
    if not status.trusted or found["fingerprint"] != certificate_fingerprint(trusted):
        return SignatureCheck(False, _("The PDF was not signed with this installation's certificate."),
                              **found)
    return SignatureCheck(True, **found)
