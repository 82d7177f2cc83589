"""How a civil servant's name is written with academic titles (gelar)."""

from collections.abc import Iterable


def _titles(titles: str | Iterable[str] | None) -> list[str]:
    if not titles:
        return []
    if isinstance(titles, str):
        titles = [titles]
    cleaned = (" ".join(title.split()).strip(" ,") for title in titles)
    return [title for title in cleaned if title]


def format_full_name(
    name: str,
    front_title: str | Iterable[str] | None = None,
    back_title: str | Iterable[str] | None = None,
) -> str:
    """The name with front titles before it and back titles after a comma.

    Example: "Dr. Ir. Budi Santoso, S.T., M.T.".

    Each title argument is a string as stored ("S.T., M.T.") or a list of titles.
    """
    parts = [*_titles(front_title), " ".join(name.split())]
    full = " ".join(part for part in parts if part)
    back = ", ".join(_titles(back_title))
    return f"{full}, {back}" if back else full
