"""Drawing each candidate's questions per the blueprint, deterministic from a seed so that a
resumed or re-rendered exam shows the same order (CAT BKN: own draw and order per participant)."""

import hashlib
import random


def rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))  # noqa: S311 - order, not secrets


def draw(seed: str, blueprint: list[tuple[str, str, int]], pool: dict[tuple[str, str], list[int]],
         options_of: dict[int, list[int]]) -> tuple[list[int], dict[int, list[int]]]:
    """blueprint: (part, category, count) lines in exam order. Questions of a part come in a
    shuffled order; the options of each question are shuffled too."""
    generator = rng(seed)
    questions: list[int] = []
    part_order: list[str] = []
    by_part: dict[str, list[int]] = {}
    taken: set[int] = set()  # a question is drawn once even if two blueprint lines cover it
    for part, category, count in blueprint:
        available = sorted(set(pool.get((part, category), [])) - taken)
        if count > len(available):
            raise ValueError(f"{part}/{category or '-'}: {count} wanted, {len(available)} in the bank")
        chosen = generator.sample(available, count)
        taken.update(chosen)
        by_part.setdefault(part, []).extend(chosen)
        if part not in part_order:
            part_order.append(part)
    for part in part_order:
        chosen = by_part[part]
        generator.shuffle(chosen)
        questions.extend(chosen)
    orders = {}
    for qid in questions:
        options = sorted(options_of.get(qid, []))
        generator.shuffle(options)
        orders[qid] = options
    return questions, orders
