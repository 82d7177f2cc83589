"""Writing the question bank: questions with options, versions, images, the XLSX import."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.services import record
from abdi.cat.models import Category, Option, Part, Question
from abdi.cat.rules import bank as rules
from abdi.core.errors import DomainError

from .sessions import _require_manager


def _image(upload) -> tuple[bytes | None, str]:
    if upload is None:
        return None, ""
    data = upload.read(rules.MAX_IMAGE_BYTES + 1)
    if len(data) > rules.MAX_IMAGE_BYTES:
        raise DomainError(_("The image is larger than 1 MB."), field="image")
    kind = rules.sniff_image(data[:8])
    if kind is None:
        raise DomainError(_("The image must be a PNG or JPEG file."), field="image")
    return data, kind


def _checked(part, text, options):
    problems = rules.check_question(part.kind, text, options)
    if problems:
        raise DomainError(_("The question is not valid: %(problems)s") % {"problems": "; ".join(problems)})


def _create(instansi_id, part, category, text, options, image, image_type, family=None, version=1):
    question = Question.objects.create(instansi_id=instansi_id, part=part, category=category,
                                       text=text.strip(), image=image, image_type=image_type,
                                       family=family, version=version)
    if family is None:
        question.family = question.pk
        question.save(update_fields=["family"])
    Option.objects.bulk_create([
        Option(instansi_id=instansi_id, question=question, label=o["label"], text=o["text"].strip(),
               is_correct=bool(o.get("is_correct")), weight=o.get("weight"))
        for o in options if (o.get("text") or "").strip()])
    return question


def create_question(*, actor, part, category=None, text: str, options: list[dict],
                    image_upload=None) -> Question:
    _require_manager(actor)
    _checked(part, text, options)
    image, image_type = _image(image_upload)
    with transaction.atomic():
        question = _create(actor.instansi_id, part, category, text, options, image, image_type)
        record(actor=actor, action="create", obj=question, after={"text": text[:200]})
    return question


def edit_question(*, actor, question, text: str, options: list[dict], image_upload=None) -> Question:
    """A question never used in an exam is changed in place; a used (locked) one gets a new
    version and the old one leaves the pool, so past exams keep what they showed."""
    _require_manager(actor)
    _checked(question.part, text, options)
    image, image_type = _image(image_upload)
    if image is None:
        image, image_type = question.image, question.image_type
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if not question.is_current:
            raise DomainError(_("Only the current version of a question can be edited."))
        if question.locked:
            question.is_current = False
            question.save(update_fields=["is_current"])
            new = _create(actor.instansi_id, question.part, question.category, text, options,
                          image, image_type, family=question.family, version=question.version + 1)
        else:
            question.text, question.image, question.image_type = text.strip(), image, image_type
            question.save(update_fields=["text", "image", "image_type"])
            question.options.all().delete()
            new = _create_options(question, options)
        record(actor=actor, action="update", obj=new, after={"version": new.version})
    return new


def _create_options(question, options):
    Option.objects.bulk_create([
        Option(instansi_id=question.instansi_id, question=question, label=o["label"],
               text=o["text"].strip(), is_correct=bool(o.get("is_correct")), weight=o.get("weight"))
        for o in options if (o.get("text") or "").strip()])
    return question


def import_rows(*, actor, rows: list[list]) -> dict:
    """Rows of the import sheet (header removed): part, category, question, A..E, key.
    Good rows are saved; broken rows are reported with their sheet row number and the reason."""
    _require_manager(actor)
    parts = {p.code: p for p in Part.objects.all()}
    categories = {(c.part_id, c.code): c for c in Category.objects.all()}
    report = {"created": 0, "errors": []}
    with transaction.atomic():
        for number, row in enumerate(rows, start=2):
            cells = [("" if c is None else str(c)).strip() for c in (list(row) + [None] * 9)[:9]]
            if not any(cells):
                continue
            part_code, category_code, text, *option_texts, key = cells
            part = parts.get(part_code.upper())
            if part is None:
                report["errors"].append((number, _("unknown part %(code)s") % {"code": part_code[:20]}))
                continue
            category = None
            if category_code:
                category = categories.get((part.pk, category_code))
                if category is None:
                    category = Category.objects.create(instansi_id=actor.instansi_id, part=part,
                                                       code=category_code[:40], name=category_code[:120])
                    categories[(part.pk, category.code)] = category
            count = sum(1 for t in option_texts if t)
            parsed = rules.parse_key(part.kind, key, count)
            if parsed is None:
                report["errors"].append((number, _("the key column cannot be read")))
                continue
            options = [{"label": rules.LABELS[i], "text": option_texts[i], "is_correct": parsed[0][i],
                        "weight": parsed[1][i]} for i in range(count)]
            problems = rules.check_question(part.kind, text, options)
            if problems:
                report["errors"].append((number, "; ".join(problems)))
                continue
            _create(actor.instansi_id, part, category, text, options, None, "")
            report["created"] += 1
    return report
