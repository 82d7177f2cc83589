import datetime

import factory
from django.utils import timezone

from abdi.public_forums.models import Commitment, CommitmentProgress, Forum, Registration


def in_days(days, hour=9):
    moment = timezone.now() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class ForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Forum

    unit = None  # set by the caller (an agency or a service unit)
    agency = factory.LazyAttribute(lambda o: o.unit.agency or o.unit)
    instansi = factory.LazyAttribute(lambda o: o.unit.instansi)
    title = factory.Sequence(lambda n: f"Forum Konsultasi Publik {n}")
    topic = "Penerimaan peserta didik baru"
    place = "Aula Dinas"
    capacity = 50
    starts_at = factory.LazyFunction(lambda: in_days(10))
    registration_closes_at = factory.LazyFunction(lambda: in_days(8))
    status = "published"


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    forum = factory.SubFactory(ForumFactory)
    instansi = factory.LazyAttribute(lambda o: o.forum.instansi)
    name = factory.Sequence(lambda n: f"Warga {n}")
    contact_kind = "phone"
    contact = factory.Sequence(lambda n: f"6281200{n:05d}")


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    forum = factory.SubFactory(ForumFactory)
    instansi = factory.LazyAttribute(lambda o: o.forum.instansi)
    responsible_unit = factory.LazyAttribute(lambda o: o.forum.unit)
    promise = factory.Sequence(lambda n: f"Janji layanan {n}")
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))


class ProgressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommitmentProgress

    commitment = factory.SubFactory(CommitmentFactory)
    instansi = factory.LazyAttribute(lambda o: o.commitment.instansi)
    status = "in_progress"
    note = "Sedang dikerjakan"
    date = factory.LazyFunction(timezone.localdate)
