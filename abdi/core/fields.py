"""Form fields shared by the domains' forms."""

from django import forms


class FixedChoiceField(forms.ChoiceField):
    """A ChoiceField whose choices are fixed at class definition and never changed per form.

    Django deep-copies every field of a form for each instance, and a ChoiceField's copy
    walks its choices (with their lazy labels): a tenth of a directory search went there.
    Fixed choices are shared by the copies; a form that changes a field's choices per
    instance must use ChoiceField."""

    def __deepcopy__(self, memo):
        return forms.Field.__deepcopy__(self, memo)  # skips ChoiceField's copy of the choices
