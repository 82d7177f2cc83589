"""Who an invitation reaches: a named employee, or everyone in an invited unit's subtree."""


def reaches(target_employee_id: int | None, target_unit_path: str, *, employee_id: int,
            unit_path: str) -> bool:
    """An invitation of a unit reaches every unit below it (its path is a prefix of theirs)."""
    if target_employee_id is not None:
        return target_employee_id == employee_id
    return bool(target_unit_path) and (unit_path or "").startswith(target_unit_path)


def invited_only_through(withdrawn: tuple, remaining: list[tuple], people: list[tuple]) -> list[int]:
    """Of `people` ((employee id, unit path)), those the withdrawn invitation reached and no
    remaining invitation reaches. Invitations are (employee id or None, unit path)."""
    alone = []
    for employee_id, unit_path in people:
        if not reaches(*withdrawn, employee_id=employee_id, unit_path=unit_path):
            continue
        if not any(reaches(*other, employee_id=employee_id, unit_path=unit_path)
                   for other in remaining):
            alone.append(employee_id)
    return alone
