from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.utils.translation import gettext_lazy as _

from .models import Role

NIP_MAX = 30


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("NIP or e-mail"), max_length=150,
        help_text=_("ASN log in with their 18-digit NIP, others with their e-mail."),
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username",
                                      "autocapitalize": "none", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label=_("Password"), strip=False, max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _("The NIP/e-mail or password is wrong. Check both and try again."),
        "inactive": _("This account is not active."),
    }


class TotpForm(forms.Form):
    code = forms.RegexField(
        label=_("6-digit code from your authenticator app"), regex=r"^\s*\d{6}\s*$",
        max_length=8, error_messages={"invalid": _("Enter the 6 digits shown by the app.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True, "pattern": "[0-9 ]*"}),
    )


class OwnPasswordChangeForm(PasswordChangeForm):
    """Django's form; limits lengths so a huge body cannot make hashing expensive."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("old_password", "new_password1", "new_password2"):
            self.fields[name].max_length = 128
            self.fields[name].widget.attrs["maxlength"] = 128


class TokenForm(forms.Form):
    EXPIRY_CHOICES = [
        ("30", _("30 days")), ("90", _("90 days")), ("365", _("1 year")), ("", _("Never")),
    ]
    name = forms.CharField(label=_("Name"), max_length=80,
                           help_text=_("What will use it, e.g. “SIMPEG sync”."))
    expires_in = forms.ChoiceField(label=_("Expires after"), choices=EXPIRY_CHOICES,
                                   required=False, initial="90")


class AccountSearchForm(forms.Form):
    q = forms.CharField(label=_("Search by name or NIP"), max_length=100, required=False)


class AccountCreateForm(forms.Form):
    nip = forms.CharField(label=_("NIP of the employee"), max_length=NIP_MAX,
                          widget=forms.TextInput(attrs={"inputmode": "numeric"}))

    def clean_nip(self):
        return "".join(self.cleaned_data["nip"].split())


class RoleGrantForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    agency = forms.TypedChoiceField(
        label=_("Perangkat daerah (for an agency admin)"), required=False, coerce=int,
        empty_value=None, choices=[],
    )

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [("", "—")] + [(a.pk, a.name) for a in agencies]
