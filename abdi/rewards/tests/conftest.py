"""Fixtures of the reward tests: the discipline register as data, entered per test."""

import pytest


@pytest.fixture
def register(monkeypatch):
    """penalty_levels_by_employee of abdi.discipline, answering from this dict."""
    levels: dict[int, list] = {}

    def penalty_levels_by_employee(employee_ids):
        ids = set(employee_ids)
        return {k: v for k, v in levels.items() if k in ids}

    monkeypatch.setattr("abdi.discipline.queries.penalty_levels_by_employee", penalty_levels_by_employee)
    return levels
