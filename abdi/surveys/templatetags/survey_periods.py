"""{{ period|period_label }}: a survey period in the reader's language."""

from django import template

from ..labels import period_label as _period_label

register = template.Library()


@register.filter
def period_label(period) -> str:
    return _period_label(period)
