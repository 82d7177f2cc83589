"""What a search box may contain: words only. Anything else (punctuation, quotes, SQL-looking
text, thousands of characters) is dropped, so a hostile query is just a query with fewer words."""

import re

MAX_TERMS = 8
MAX_TERM_LENGTH = 40
MAX_QUERY_LENGTH = 500
_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query: str) -> list[str]:
    """The distinct lower-case words of the query, at most 8 of at most 40 characters."""
    text = str(query or "")[:MAX_QUERY_LENGTH].lower()
    words = [word[:MAX_TERM_LENGTH] for word in _WORD.findall(text.replace("_", " "))]
    return list(dict.fromkeys(words))[:MAX_TERMS]


def search_document(title: str, parts: list[str], tags: list[str]) -> str:
    """The text the fallback search looks in: everything a reader may search for, lower-case."""
    return " ".join([title, *parts, *tags]).lower()
