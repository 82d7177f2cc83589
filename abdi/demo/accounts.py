"""Demo and benchmark accounts: one per role, one documented password, one documented TOTP secret.

These are for demonstrations on a local machine only: never run seed_demo on a server that
holds real data (every admin account shares the published secret).
"""

from base64 import b32decode
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from abdi.accounts.models import Role, RoleGrant, User

from .generator import BuildResult

DEMO_PASSWORD = "abdi-demo-2026"  # noqa: S105 - published on purpose for the demo
# Base32, so it can be typed into any authenticator app (Google Authenticator, Aegis, FreeOTP).
DEMO_TOTP_SECRET = "ABDIDEMOTOTPABDIDEMOTOTPABDIDEMO"  # noqa: S105 - published on purpose
OPERATOR_USERNAME = "operator@abdi.example"

# What each role should see, for docs/demo-accounts.md and the seed command's summary.
ROLE_LABEL = {
    "pegawai": "pegawai",
    "atasan": "atasan",
    "agency_admin": "admin kepegawaian (Dinas Pendidikan)",
    "hr_admin": "admin BKPSDM",
    "leader": "pimpinan (Sekda)",
    "operator": "operator platform",
}
ROLE_SEES = {
    "pegawai": "Own profile and history only; the directory shows only themself.",
    "atasan": "Own data plus the staff of Bidang Pembinaan Sekolah Dasar (subordinates).",
    "agency_admin": "Every employee of Dinas Pendidikan (incl. its schools); edits them; no other agency.",
    "hr_admin": "Every employee and unit of the government; edits, imports, exports, audit trail.",
    "leader": "The whole government, read-only.",
    "operator": "Governments on the platform (create, settings); no personal data.",
}
ROLE_GRANT = {"agency_admin": Role.AGENCY_ADMIN, "hr_admin": Role.HR_ADMIN, "leader": Role.LEADER}
NEEDS_TOTP = {"agency_admin", "hr_admin", "operator"}


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    government: str
    name: str

    @property
    def needs_totp(self) -> bool:
        return self.role in NEEDS_TOTP


def totp_key_hex(secret: str = DEMO_TOTP_SECRET) -> str:
    return b32decode(secret).hex()


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def _totp_device(user: User) -> TOTPDevice:
    return TOTPDevice(user=user, name="Abdi demo", confirmed=True, key=totp_key_hex())


def create_persona_accounts(
    result: BuildResult, *, usernames: dict[str, str] | None = None, password_hash: str | None = None
) -> list[Account]:
    """An account per persona employee of a built government; roles granted, TOTP for admins."""
    password_hash = password_hash or make_password(DEMO_PASSWORD)
    instansi = result.instansi
    disdik = result.agencies.get("DISDIK")
    users, grants, devices, accounts = [], [], [], []
    for role, employee in result.personas.items():
        username = (usernames or {}).get(role, employee.nip)
        user = User(
            username=username.lower(),
            display_name=employee.full_name[:150],
            email=employee.email,
            instansi=instansi,
            employee=employee,
            password=password_hash,
        )
        users.append(user)
        accounts.append(Account(username.lower(), role, instansi.name, employee.full_name))
    User.objects.bulk_create(users)
    for user, account in zip(users, accounts, strict=True):
        if account.role in ROLE_GRANT:
            agency = disdik if account.role == "agency_admin" else None
            grants.append(
                RoleGrant(instansi=instansi, user=user, role=ROLE_GRANT[account.role], agency=agency)
            )
        if account.needs_totp:
            devices.append(_totp_device(user))
    with scopes_disabled():
        RoleGrant.objects.bulk_create(grants)
    TOTPDevice.objects.bulk_create(devices)
    return accounts


def ensure_operator(password_hash: str | None = None) -> tuple[Account, bool]:
    """The platform operator (no government); created once."""
    account = Account(OPERATOR_USERNAME, "operator", "-", "Operator Platform Abdi")
    if User.objects.filter(username=OPERATOR_USERNAME).exists():
        return account, False
    user = User.objects.create(
        username=OPERATOR_USERNAME,
        display_name=account.name,
        is_operator=True,
        password=password_hash or make_password(DEMO_PASSWORD),
    )
    _totp_device(user).save()
    return account, True
