"""Who is acting: the user, their government, their roles and what they lead.

Built once per request (or per task) and handed to every policy and service as `actor=`.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.utils import timezone

from abdi.core.request_context import client_ip

from . import principal_cache
from .models import ADMIN_ROLES, Role, RoleGrant


@dataclass
class Actor:
    user: object | None
    instansi_id: int | None
    employee_id: int | None = None
    roles: frozenset = frozenset()
    agency_ids: frozenset = frozenset()
    ip: str = ""
    is_operator: bool = False
    label: str = ""
    _led_paths: tuple | None = field(default=None, repr=False)

    @classmethod
    def anonymous(cls, ip: str = "") -> "Actor":
        return cls(user=None, instansi_id=None, ip=ip, label="anonymous")

    @classmethod
    def for_user(cls, user, *, ip: str = "") -> "Actor":
        if user is None or not user.is_authenticated:
            return cls.anonymous(ip)
        roles, agencies = set(), set()
        if user.instansi_id:
            grants = principal_cache.cached_grants(
                user.pk,
                lambda: RoleGrant.objects.with_scope(instansi=user.instansi_id)
                .filter(user=user).values_list("role", "agency_id"),
            )
            for role, agency_id in grants:
                roles.add(Role(role))
                if agency_id:
                    agencies.add(agency_id)
        return cls(
            user=user,
            instansi_id=user.instansi_id,
            employee_id=user.employee_id,
            roles=frozenset(roles),
            agency_ids=frozenset(agencies),
            ip=ip,
            is_operator=user.is_operator,
            label=(user.display_name or user.username)[:150],
        )

    @classmethod
    def from_request(cls, request) -> "Actor":
        cached = getattr(request, "_abdi_actor", None)
        if cached is None:
            cached = cls.for_user(getattr(request, "user", None), ip=client_ip(request))
            request._abdi_actor = cached
        return cached

    @property
    def is_authenticated(self) -> bool:
        return self.user is not None

    @property
    def is_hr_admin(self) -> bool:
        return Role.HR_ADMIN in self.roles

    @property
    def is_leader(self) -> bool:
        return Role.LEADER in self.roles

    @property
    def is_agency_admin(self) -> bool:
        return Role.AGENCY_ADMIN in self.roles

    @property
    def is_admin(self) -> bool:
        return bool(self.roles & ADMIN_ROLES)

    @property
    def sees_whole_government(self) -> bool:
        return self.is_hr_admin or self.is_leader

    @cached_property
    def led_unit_paths(self) -> tuple[str, ...]:
        """Paths of the units this person heads today (as holder or Plt/Plh)."""
        if self._led_paths is not None:
            return self._led_paths
        if not self.employee_id or not self.instansi_id:
            return ()
        from abdi.org.queries import units_led_by

        today = timezone.localdate()
        return tuple(u.path for u in units_led_by(self.employee_id, on=today))

    @property
    def is_supervisor(self) -> bool:
        return bool(self.led_unit_paths)

    def owns(self, employee_id: int | None) -> bool:
        return employee_id is not None and employee_id == self.employee_id

    def leads_unit_path(self, unit_path: str) -> bool:
        return any(unit_path.startswith(p) for p in self.led_unit_paths)
