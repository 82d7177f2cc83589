"""Helpers shared by the recruitment services."""

from django.utils.translation import gettext as _

from abdi.core.errors import Conflict, Forbidden

from .. import policy


def require_manager(actor, instansi_id):
    if not policy.can_manage_recruitment(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM manages recruitment."))


def check_version(obj, version):
    if str(obj.version) != str(version):
        raise Conflict(_("Someone changed this record since you opened it. Reload and try again."))
