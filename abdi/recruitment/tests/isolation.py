"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

from types import SimpleNamespace

from django.core.files.base import ContentFile

from abdi.recruitment.models import Applicant, ApplicantDocument, Application, Objection, Opening, Selection

from .factories import (
    PDF,
    ApplicantFactory,
    ApplicationFactory,
    DocumentFactory,
    OpeningFactory,
    SelectionFactory,
)

PARAMS: dict[str, str] = {
    "selection_id": "recruitment_selection", "opening_id": "recruitment_opening",
    "application_id": "recruitment_application", "objection_id": "recruitment_objection",
    "applicant_document_id": "recruitment_document", "card_code": "recruitment_card",
    "gov_slug": "recruitment_portal",
}
PK_OF: dict[str, str] = {}
# The applicant's side: no government account; the government comes from the URL, the applicant
# session or the card code (the card check shows only what the card itself shows).
PUBLIC: set[str] = {"recruitment:openings", "recruitment:register", "recruitment:login",
                    "recruitment:confirm", "recruitment:logout", "recruitment:forgot",
                    "recruitment:reset", "recruitment:card_check",
                    "recruitment:account", "recruitment:profile", "recruitment:upload",
                    "recruitment:apply", "recruitment:object", "recruitment:exam_card",
                    # a document: its owner (applicant session) or BKPSDM; 404 to anyone else
                    "recruitment:document"}
OPERATOR_PAGES: set[str] = PUBLIC - {"recruitment:document"}
SNAPSHOT_MODELS: tuple = (Selection, Opening, Applicant, ApplicantDocument, Application, Objection)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    selection = SelectionFactory(instansi=world.gov, name="Seleksi Rahasia Kota A")
    opening = OpeningFactory(selection=selection, position=marked.position,
                             title="Formasi Rahasia Kota A")
    applicant = ApplicantFactory(instansi=world.gov, name="Pelamar Rahasia Kota A",
                                 email="pelamar.rahasia@kota-a.id", nik="3201051705980999")
    document = DocumentFactory(applicant=applicant, kind="ktp")
    application = ApplicationFactory(opening=opening, applicant=applicant, status="ms",
                                     reason="Alasan Rahasia Kota A",
                                     registration_number="C2026-0001-77777")
    objection = Objection(instansi=world.gov, application=application,
                          text="Sanggah Rahasia Kota A", filed_at=application.submitted_at,
                          content_type="application/pdf")
    objection.file.save("sanggah.pdf", ContentFile(PDF), save=False)
    objection.save()
    objects = {"recruitment_selection": selection, "recruitment_opening": opening,
               "recruitment_application": application, "recruitment_objection": objection,
               "recruitment_document": document,
               "recruitment_card": SimpleNamespace(pk=application.card_code),
               "recruitment_portal": SimpleNamespace(pk=world.gov.slug)}
    return objects, {"Seleksi Rahasia Kota A", "Formasi Rahasia Kota A", "Pelamar Rahasia Kota A",
                     "pelamar.rahasia@kota-a.id", "3201051705980999", "Alasan Rahasia Kota A",
                     "C2026-0001-77777", "Sanggah Rahasia Kota A"}
