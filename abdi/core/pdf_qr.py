"""A QR code drawn into a ReportLab page as vector squares (sharp at any print size; no image
library, no file): the official documents, exam cards and counter posters all use it."""

import segno
from reportlab.lib import colors


def draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code (error correction M) in the square (x, y, size) on a white ground,
    one rectangle per run of dark modules in a row."""
    matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
    border = 2
    module = size / (len(matrix) + 2 * border)
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, fill=1, stroke=0)
    canvas.setFillColor(colors.black)
    for r, row in enumerate(matrix):
        top = y + size - (r + border + 1) * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                canvas.rect(x + (start + border) * module, top, (c - start) * module, module,
                            fill=1, stroke=0)
            else:
                c += 1
