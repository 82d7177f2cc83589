"""Scoring a finished attempt from its saved answers and writing its Result row."""

from django.db.models import Max

from abdi.cat.models import Answer, Option, Question, Result
from abdi.cat.rules import passing
from abdi.cat.rules.scoring import RIGHT_WRONG, item_points

SKD_PARTS = ("TWK", "TIU", "TKP")


def _parts_of(question_ids):
    rows = Question.objects.filter(pk__in=question_ids).values_list(
        "pk", "part__code", "part__kind", "part__points_correct", "part__position")
    return {pk: (code, kind, points, position) for pk, code, kind, points, position in rows}


def score_attempt(attempt) -> dict:
    """{"scores": {part: n, "total": n}, "maxima": {...}, "verdict": Verdict}."""
    parts = _parts_of(attempt.question_ids)
    max_weight = dict(Option.objects.filter(question_id__in=attempt.question_ids)
                      .values("question_id").annotate(m=Max("weight")).values_list("question_id", "m"))
    chosen = dict(Answer.objects.filter(attempt_id=attempt.pk, option__isnull=False)
                  .values_list("question_id", "option_id"))
    keys = {pk: (correct, weight) for pk, correct, weight in Option.objects.filter(
        pk__in=list(chosen.values())).values_list("pk", "is_correct", "weight")}
    order = sorted({(position, code) for code, _k, _p, position in parts.values()})
    scores = {code: 0 for _pos, code in order}
    maxima = dict(scores)
    for qid in attempt.question_ids:
        code, kind, points, _position = parts[qid]
        option = chosen.get(qid)
        correct, weight = keys.get(option, (False, None))
        scores[code] += item_points(kind, chosen=option, correct=option if correct else -1,
                                    weights={option: weight or 0}, points_correct=points)
        maxima[code] += points if kind == RIGHT_WRONG else (max_weight.get(qid) or 0)
    scores["total"] = sum(scores[code] for _pos, code in order)
    maxima["total"] = sum(maxima[code] for _pos, code in order)
    return {"scores": scores, "maxima": maxima}


def judge(session, scores: dict, category: str) -> passing.Verdict:
    table = passing.NAB_BY_YEAR.get(session.year, passing.NAB_2024)
    if session.kind == session.Kind.SKD:
        grades = session.passing_grades or table.parts
        return passing.judge(scores, passing.NabTable(table.year, table.instrument, grades,
                                                      table.categories), category)
    grades = session.passing_grades or {}
    return passing.judge(scores, passing.NabTable(session.year, "", grades, {}), "")


def write_result(attempt, now) -> Result:
    outcome = score_attempt(attempt)
    scores = outcome["scores"]
    candidate = attempt.candidate
    verdict = judge(attempt.session, scores, candidate.category)
    return Result.objects.create(
        instansi_id=attempt.instansi_id, session_id=attempt.session_id, attempt=attempt,
        registration_number=candidate.registration_number, opening_ref=candidate.opening_ref,
        opening_title=candidate.opening_title, category=candidate.category, scores=scores,
        maxima=outcome["maxima"], parts_passed=verdict.parts_passed,
        twk=scores.get("TWK", 0), tiu=scores.get("TIU", 0), tkp=scores.get("TKP", 0),
        total=scores["total"], passed=verdict.passed, passed_via=verdict.via, finished_at=now)
