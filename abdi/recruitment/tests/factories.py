import datetime

import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from abdi.recruitment.models import Applicant, ApplicantDocument, Application, Opening, Selection
from abdi.recruitment.rules import numbers

PASSWORD = "rahasia-pelamar-1"
PDF = b"%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
       b"\x00\x00\x00IEND\xaeB`\x82")


def nik_for(birth: datetime.date, serial: int = 1, *, female: bool = False) -> str:
    """A well-formed NIK (Kab. Bogor, kecamatan 05) for a birth date."""
    day = birth.day + (40 if female else 0)
    return f"320105{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


class SelectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Selection

    kind = "cpns"
    year = 2026
    name = factory.Sequence(lambda n: f"Seleksi CPNS 2026 #{n}")
    registration_opens = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=5))
    registration_closes = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))
    reference_date = factory.LazyFunction(timezone.localdate)
    sanggah_days = 3
    published_at = factory.LazyFunction(timezone.now)


class OpeningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opening

    selection = factory.SubFactory(SelectionFactory)
    instansi = factory.LazyAttribute(lambda o: o.selection.instansi)
    unit = factory.LazyAttribute(lambda o: o.position.unit)
    title = factory.LazyAttribute(lambda o: o.position.name)
    quota = 2
    education_levels = factory.LazyFunction(lambda: ["S1"])
    majors = "Teknik Informatika\nSistem Informasi"
    min_age = 18
    max_age = 35


class ApplicantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Applicant

    email = factory.Sequence(lambda n: f"pelamar{n}@contoh.id")
    password = factory.LazyFunction(lambda: make_password(PASSWORD))
    name = factory.Sequence(lambda n: f"Pelamar {n}")
    birth_date = datetime.date(1998, 5, 17)
    nik = factory.Sequence(lambda n: nik_for(datetime.date(1998, 5, 17), n + 1))
    email_confirmed_at = factory.LazyFunction(timezone.now)
    education_level = "S1"
    major = "Teknik Informatika"
    address = "Jl. Merdeka 1"
    phone = "081234567890"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApplicantDocument

    applicant = factory.SubFactory(ApplicantFactory)
    instansi = factory.LazyAttribute(lambda o: o.applicant.instansi)
    kind = "ktp"
    file = factory.django.FileField(filename="ktp.pdf", data=PDF)
    content_type = "application/pdf"
    size = len(PDF)
    uploaded_at = factory.LazyFunction(timezone.now)


def all_documents(applicant):
    for kind in ("ktp", "ijazah", "transcript", "certificate"):
        DocumentFactory(applicant=applicant, kind=kind)
    DocumentFactory(applicant=applicant, kind="photo", content_type="image/png", size=len(PNG),
                    file=factory.django.FileField(filename="photo.png", data=PNG))


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    opening = factory.SubFactory(OpeningFactory)
    selection = factory.LazyAttribute(lambda o: o.opening.selection)
    instansi = factory.LazyAttribute(lambda o: o.opening.instansi)
    applicant = factory.SubFactory(ApplicantFactory, instansi=factory.SelfAttribute("..instansi"))
    registration_number = factory.Sequence(lambda n: f"C2026-9999-{n + 1:05d}")
    submitted_at = factory.LazyFunction(timezone.now)
    card_code = factory.LazyFunction(numbers.new_card_code)
