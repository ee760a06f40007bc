from django import forms

from accounts import backup_codes


class TokenForm(forms.Form):
    token = forms.CharField(
        label="6-digit code from your authenticator app",
        min_length=6,
        max_length=8,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]*"}
        ),
        error_messages={
            "required": "Enter the 6-digit code your authenticator app shows now.",
            "min_length": "The code has 6 digits.",
            "max_length": "The code has 6 digits.",
        },
    )

    def clean_token(self):
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isdigit():
            raise forms.ValidationError("The code is made of digits only, like 123456.")
        if not 6 <= len(token) <= 8:
            raise forms.ValidationError("The code has 6 digits.")
        return token


class SignInCodeForm(TokenForm):
    """At sign-in: the app's 6-digit code, or one of the person's backup codes."""

    token = forms.CharField(
        label="Code from your authenticator app, or a backup code",
        max_length=20,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off"}),
        error_messages={"required": "Enter the 6-digit code your authenticator app shows now."},
    )

    def clean_token(self):
        typed = self.cleaned_data["token"]
        if backup_codes.looks_like_code(typed):
            return backup_codes.normalise(typed)
        token = typed.replace(" ", "")
        if token.isdigit() and 6 <= len(token) <= 8:
            return token
        raise forms.ValidationError(
            "Enter the 6 digits your app shows now, or one of your backup codes "
            "(8 letters and digits, like abcd efgh)."
        )
