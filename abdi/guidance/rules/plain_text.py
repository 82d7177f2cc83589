"""The plain format of help texts and articles, turned into HTML that is safe by construction.

Format: a blank line starts a new paragraph, a line starting with "- " is a bullet, a line
starting with "## " is a heading. Every character of the source is escaped; the only tags in
the result are the ones this module writes. No markdown library: nothing to configure wrong.
"""

from html import escape

HEADING = "## "
BULLET = "- "


def _blocks(text: str) -> list[list[str]]:
    blocks, current = [], []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(current)
            current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _block_html(lines: list[str]) -> list[str]:
    """One block may mix a heading, paragraph lines and bullets; each run becomes its element."""
    parts: list[str] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush():
        if paragraph:
            parts.append("<p>" + "<br>".join(escape(p) for p in paragraph) + "</p>")
            paragraph.clear()
        if bullets:
            parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for line in lines:
        if line.startswith(HEADING):
            flush()
            parts.append(f"<h3>{escape(line[len(HEADING):].strip())}</h3>")
        elif line.startswith(BULLET):
            if paragraph:
                flush()
            bullets.append(line[len(BULLET):].strip())
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    return parts


def to_html(text: str | None) -> str:
    """Escaped HTML of a text in the plain format (empty string for nothing)."""
    if not text:
        return ""
    return "\n".join(part for block in _blocks(str(text)) for part in _block_html(block))


def to_plain(text: str | None, limit: int = 200) -> str:
    """One line of the text for lists and search results (markers dropped), clipped."""
    if not text:
        return ""
    words = []
    for line in str(text).split("\n"):
        line = line.strip()
        for marker in (HEADING, BULLET):
            if line.startswith(marker):
                line = line[len(marker):]
        if line:
            words.append(line)
    flat = " ".join(" ".join(words).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"
