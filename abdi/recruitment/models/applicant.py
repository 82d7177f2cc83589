"""An applicant: a person with no government account, registered with NIK and e-mail in one
government's recruitment portal, and the documents they uploaded."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .selection import DOCUMENT_KINDS


class Applicant(TenantModel):
    email = models.EmailField(_("e-mail"))
    password = models.CharField(max_length=128)  # Django's password hashers (make_password)
    nik = models.CharField(_("NIK"), max_length=16)
    name = models.CharField(_("full name"), max_length=160)
    birth_date = models.DateField(_("birth date"))
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    education_level = models.CharField(_("education level"), max_length=4, blank=True)
    major = models.CharField(_("major"), max_length=160, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    last_login_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("applicant")
        ordering = ["name", "id"]
        constraints = [
            # One NIK = one applicant account per government.
            models.UniqueConstraint(fields=["instansi", "nik"], name="recruitment_applicant_nik"),
            models.UniqueConstraint(fields=["instansi", "email"], name="recruitment_applicant_email"),
        ]

    def __str__(self):
        return f"#{self.pk}"  # never the NIK: this string lands in audit entries

    @property
    def profile_complete(self) -> bool:
        return bool(self.education_level and self.major and self.address and self.phone)


class ApplicantDocument(TenantModel):
    applicant = models.ForeignKey(Applicant, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("document"), max_length=12, choices=DOCUMENT_KINDS)
    file = models.FileField(upload_to="recruitment/documents/%Y/")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField()

    class Meta:
        verbose_name = _("applicant document")
        ordering = ["kind", "id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "applicant", "kind"],
                                               name="recruitment_document_one_per_kind")]

    def __str__(self):
        return f"{self.kind} #{self.pk}"
