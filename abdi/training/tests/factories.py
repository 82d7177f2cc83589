"""Training rows for tests, straight into the tables (the services are tested on their own)."""

import datetime

from abdi.training.models import Institution, TrainingEvent, TrainingRecord
from abdi.training.rules.jp import jp_of_activity

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_institution(instansi, name="BPSDM Provinsi", kind="bpsdm"):
    return Institution.objects.create(instansi=instansi, name=name, kind=kind)


def make_event(instansi, *, institution=None, title="Pelatihan Manajemen Risiko", form="teknis",
               starts_on=None, minutes=0, stated_jp=8, quota=20, status="open", codes=None,
               **fields):
    starts_on = starts_on or datetime.date.today() + datetime.timedelta(days=10)
    institution = institution or Institution.objects.filter(instansi=instansi).first() \
        or make_institution(instansi)
    return TrainingEvent.objects.create(
        instansi=instansi, institution=institution, title=title, form=form, starts_on=starts_on,
        ends_on=fields.pop("ends_on", starts_on + datetime.timedelta(days=1)), minutes=minutes,
        stated_jp=stated_jp, quota=quota, status=status, competency_codes=codes or [], **fields)


def make_completed(employee, *, jp=None, minutes=0, stated_jp=None, form="e_learning", year=None,
                   title="E-learning Manajemen Risiko"):
    year = year or datetime.date.today().year
    day = datetime.date(year, 3, 2)
    credited = jp if jp is not None else jp_of_activity(form, minutes=minutes, stated_jp=stated_jp)
    return TrainingRecord.objects.create(
        instansi_id=employee.instansi_id, employee=employee, title=title, form=form,
        organiser="LAN", starts_on=day, ends_on=day, minutes=minutes or credited * 45,
        stated_jp=stated_jp, status="completed", jp=credited, year=year, result="Lulus")
