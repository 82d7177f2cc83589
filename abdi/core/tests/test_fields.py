"""FixedChoiceField: copies per form share the choices and still validate like a ChoiceField."""

from django import forms

from abdi.core.fields import FixedChoiceField


class Pick(forms.Form):
    colour = FixedChoiceField(choices=[("", "All"), ("red", "Red"), ("blue", "Blue")],
                              required=False)


def test_forms_share_the_fixed_choices_instead_of_copying_them():
    first, second = Pick(), Pick()
    assert first.fields["colour"] is not second.fields["colour"]
    assert first.fields["colour"].choices is Pick.base_fields["colour"].choices


def test_it_validates_like_a_choice_field():
    assert Pick({"colour": "red"}).is_valid()
    bad = Pick({"colour": "green"})
    assert not bad.is_valid()
    assert list(bad.errors) == ["colour"]


def test_a_form_changing_its_widget_does_not_change_another():
    first, second = Pick(), Pick()
    first.fields["colour"].widget.attrs["class"] = "wide"
    assert "class" not in second.fields["colour"].widget.attrs
