"""The practice forms: Preferences (settings and onboarding), notes, and reports."""

from django import forms
from django.utils import timezone

from prep.practice.models import Note, Preferences
from questions.forms import limit_lengths
from questions.models import Flag, FlagReason, QuestionSet, Topic

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
NOTE_LIMIT = 10_000


class _PreferencesForm(forms.ModelForm):
    """What both forms share: the user's calendar for the date, and the reminder's time."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if "reminder_time" in self.fields:
            self.fields["reminder_time"].required = False  # left empty: it stays as it was
            self.fields["reminder_time"].help_text = (
                f"Your local time ({user.timezone.replace('_', ' ')}); one email a day at "
                "most, only on days when reviews are due."
            )
        if "target_topics" in self.fields:
            self.fields["target_topics"].queryset = Topic.objects.order_by("order", "name")

    def clean_interview_date(self):
        date = self.cleaned_data["interview_date"]
        today = timezone.now().astimezone(self.user.zone).date()
        if date is not None and date < today:
            raise forms.ValidationError(
                "That date has passed: choose today or a later day, or leave it empty."
            )
        return date

    def clean_reminder_time(self):
        return self.cleaned_data["reminder_time"] or self.instance.reminder_time

    def save(self, commit=True):
        self.instance.onboarded = True
        return super().save(commit)


class PreferencesForm(_PreferencesForm):
    # A percentage is what people read on Anki's slider; the model keeps the fraction
    # FSRS takes (0.75-0.97), and validates it again.
    desired_retention = forms.IntegerField(
        label="Desired retention (%)",
        min_value=75,
        max_value=97,
        help_text="The chance of remembering an answer that reviews aim for, 75-97 %. "
        "Higher means more reviews.",
    )

    class Meta:
        model = Preferences
        fields = [
            "new_per_day",
            "desired_retention",
            "fresh_mode",
            "interview_date",
            "target_set",
            "target_topics",
            "reminder_enabled",
            "reminder_time",
        ]
        widgets = {
            "interview_date": DATE_INPUT,
            "reminder_time": TIME_INPUT,
            "target_topics": forms.CheckboxSelectMultiple,
        }
        labels = {"reminder_time": "Reminder time"}
        help_texts = {
            "target_set": "Prepare for this question set (or pick topics below).",
            "target_topics": "With no set and no topics, the whole bank is the target.",
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.initial["desired_retention"] = round(100 * self.instance.desired_retention)
        self.fields["target_set"].queryset = QuestionSet.objects.reachable_by(user).order_by(
            "title"
        )

    def clean_desired_retention(self):
        return self.cleaned_data["desired_retention"] / 100


class OnboardingForm(_PreferencesForm):
    class Meta:
        model = Preferences
        fields = [
            "target_topics",
            "interview_date",
            "new_per_day",
            "reminder_enabled",
            "reminder_time",
        ]
        widgets = {
            "interview_date": DATE_INPUT,
            "reminder_time": TIME_INPUT,
            "target_topics": forms.CheckboxSelectMultiple,
        }
        labels = {
            "target_topics": "What do you want to practise?",
            "interview_date": "Interview date (optional)",
            "new_per_day": "New questions a day",
            "reminder_enabled": "Email me a reminder on days when reviews are due",
            "reminder_time": "Reminder time",
        }
        help_texts = {
            "target_topics": "Your first session starts with these; leave all unticked for "
            "every topic.",
            "interview_date": "With a date, the progress page plans how many new questions "
            "a day get you through your topics in time.",
            "new_per_day": "Questions you have never seen; reviews of earlier ones come on "
            "top. You can change it at any time.",
        }


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
