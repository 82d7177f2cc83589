"""Chart specs for abdi/web/static/abdi/charts.js (drawn by the vendored Chart.js)."""

from django.utils.translation import gettext as _


def ikm_chart(trend: list[dict]) -> dict:
    return {"type": "line", "labels": [row["period"] for row in trend],
            "datasets": [{"label": "IKM", "data": [float(row["ikm"]) if row["ikm"] is not None else None
                                                   for row in trend]}],
            "y": {"min": 25, "max": 100}}


def trend_chart(rows: list[dict], label: str | None = None) -> dict:
    return {"type": "bar", "labels": [row["period"] for row in rows],
            "datasets": [{"label": label or _("Respondents"), "data": [row["respondents"] for row in rows]}],
            "y": {"min": 0}}
