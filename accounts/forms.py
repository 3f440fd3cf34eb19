from django import forms

from accounts.models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ("display_name", "timezone")
        help_texts = {
            "display_name": "Shown to interviewers and on scorecards. Defaults to your email name.",
            "timezone": '"Today", streaks and due dates follow this time zone.',
        }
