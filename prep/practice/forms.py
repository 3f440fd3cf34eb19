from django import forms

from questions.models import Flag, FlagReason


class FlagForm(forms.ModelForm):
    """Report a question while practising: the staff's queue in the admin."""

    class Meta:
        model = Flag
        fields = ["reason", "comment"]
        widgets = {
            "reason": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        }
        labels = {"reason": "What is wrong?", "comment": "Tell us more (optional)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = FlagReason.choices  # no "---------" to pick
