from django import forms

from prep.practice.models import Note
from questions.forms import limit_lengths
from questions.models import Flag, FlagReason

NOTE_LIMIT = 10_000


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


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}
        labels = {"text": "Your note"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].required = False  # saving an empty note deletes it
        limit_lengths(self, {"text": NOTE_LIMIT})
