"""The question bank: validation, images sniffed by content, versions once a question is used."""

import io

import pytest

from abdi.cat.models import Part, Question
from abdi.cat.services import bank
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.scoping import within

from .conftest import actor_of

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
OPTIONS = [{"label": "A", "text": "Benar", "is_correct": True}, {"label": "B", "text": "Salah"}]
TKP = [{"label": "A", "text": "Bantu", "weight": 5}, {"label": "B", "text": "Diam", "weight": 1}]


def _upload(data, name="gambar.png"):
    upload = io.BytesIO(data)
    upload.name = name
    return upload


@pytest.fixture
def parts(world):
    with within(world.gov):
        return {code: Part.objects.create(instansi=world.gov, code=code, name=code, kind=kind)
                for code, kind in (("TWK", "right_wrong"), ("TKP", "weighted"))}


def test_questions_are_checked(world, parts):
    actor = actor_of(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError, match="exactly one"):
            bank.create_question(actor=actor, part=parts["TWK"], text="Soal",
                                 options=[{"label": "A", "text": "a"}, {"label": "B", "text": "b"}])
        with pytest.raises(DomainError, match="weight"):
            bank.create_question(actor=actor, part=parts["TKP"], text="Soal",
                                 options=[{"label": "A", "text": "a", "weight": 6}, *TKP[1:]])
        with pytest.raises(DomainError, match="PNG or JPEG"):
            bank.create_question(actor=actor, part=parts["TWK"], text="Soal", options=OPTIONS,
                                 image_upload=_upload(b"GIF89a....", "gambar.png"))
        with pytest.raises(DomainError, match="1 MB"):
            bank.create_question(actor=actor, part=parts["TWK"], text="Soal", options=OPTIONS,
                                 image_upload=_upload(PNG + b"\x00" * (1024 * 1024)))
        with pytest.raises(Forbidden):
            bank.create_question(actor=actor_of(world.users.own), part=parts["TWK"], text="Soal",
                                 options=OPTIONS)
        assert not Question.objects.exists()
        question = bank.create_question(actor=actor, part=parts["TWK"], text="Soal", options=OPTIONS,
                                        image_upload=_upload(PNG))
        assert question.image_type == "png"
        assert question.family == question.pk


def test_a_used_question_gets_a_new_version(world, parts):
    actor = actor_of(world.users.hr_admin)
    with within(world.gov):
        question = bank.create_question(actor=actor, part=parts["TWK"], text="Versi satu", options=OPTIONS)
        same = bank.edit_question(actor=actor, question=question, text="Versi satu, diperbaiki",
                                  options=OPTIONS)
        assert same.pk == question.pk  # never used: changed in place
        Question.objects.filter(pk=question.pk).update(locked=True)  # drawn into an exam
        question.refresh_from_db()
        new = bank.edit_question(actor=actor, question=question, text="Versi dua", options=OPTIONS)
        old = Question.objects.get(pk=question.pk)
        assert (new.version, new.family, new.is_current) == (2, question.family, True)
        assert (old.text, old.is_current) == ("Versi satu, diperbaiki", False)
        assert old.options.count() == 2
        with pytest.raises(DomainError, match="current version"):
            bank.edit_question(actor=actor, question=old, text="x", options=OPTIONS)
