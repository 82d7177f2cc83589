"""Accounts: one login per person (NIP for ASN, e-mail for others), role grants, API tokens."""

import hashlib
import secrets

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from . import principal_cache


class Role(models.TextChoices):
    AGENCY_ADMIN = "agency_admin", _("Admin kepegawaian perangkat daerah")
    HR_ADMIN = "hr_admin", _("Admin BKPSDM")
    LEADER = "leader", _("Pimpinan")


ADMIN_ROLES = {Role.AGENCY_ADMIN, Role.HR_ADMIN}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, username, password=None, **fields):
        if not username:
            raise ValueError("username is required")
        user = self.model(username=username.strip().lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, username, password=None, **fields):
        fields.update(is_operator=True, is_staff=True, is_superuser=True)
        return self.create_user(username, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """Not tenant-scoped: login must find the account before any government is known."""

    username = models.CharField(_("NIP or e-mail"), max_length=150, unique=True)
    display_name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    instansi = models.ForeignKey("tenancy.Instansi", on_delete=models.PROTECT, null=True,
                                 blank=True, related_name="+", verbose_name=_("government"))
    employee = models.OneToOneField("people.Employee", on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="user", verbose_name=_("employee"))
    # Platform operator: manages governments, sees no personal data by default.
    is_operator = models.BooleanField(_("platform operator"), default=False)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(_("active"), default=True)
    # Set when an admin issues a temporary password; the next page is "change your password".
    must_change_password = models.BooleanField(_("must change password"), default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or self.username

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A changed account (password, active flag, government) must not linger in the cache.
        principal_cache.forget(self.pk)


class RoleGrant(TenantModel):
    """A role given to a user inside one government (an agency admin also names the agency)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_grants")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    agency = models.ForeignKey("org.Unit", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+", verbose_name=_("perangkat daerah"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(fields=["instansi", "user", "role", "agency"],
                                    name="role_grant_unique", nulls_distinct=False),
            models.CheckConstraint(
                condition=~models.Q(role="agency_admin") | models.Q(agency__isnull=False),
                name="agency_admin_names_agency",
            ),
        ]

    def __str__(self):
        return self.get_role_display()

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        principal_cache.forget(self.user_id)  # roles take effect on the next request

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        principal_cache.forget(self.user_id)
        return result


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A token for integrations; only its hash is stored, the raw value is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=80)
    prefix = models.CharField(max_length=8, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("API token")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        principal_cache.forget_tokens([self.key_hash])  # a revocation applies on the next call

    @classmethod
    def issue(cls, user, name, expires_at=None) -> tuple["ApiToken", str]:
        raw = "abdi_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, prefix=raw[5:13],
                                   key_hash=hash_token(raw), expires_at=expires_at)
        return token, raw
