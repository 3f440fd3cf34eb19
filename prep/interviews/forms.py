import datetime as dt
import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from prep.interviews.models import MockAnswer, MockInterview, Recommendation, Score
from questions.forms import limit_lengths
from questions.models import QuestionSet, Topic

WEAKEST = "weakest"


class _OnceForm(forms.Form):
    """A form that creates something: a key made when the form is shown lets a second
    submit (a double click, a retry) find what the first one made instead of a twin."""

    request_key = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=32, strip=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("request_key", secrets.token_urlsafe(16))


class SoloInterviewForm(_OnceForm):
    """What to be asked: a set, a topic, or my weakest questions."""

    source = forms.ChoiceField(label="Questions from")
    count = forms.IntegerField(label="Number of questions", min_value=1, max_value=20, initial=5)
    minutes = forms.IntegerField(label="Minutes per question", min_value=1, max_value=30, initial=4)

    def __init__(self, *args, user, offered_set: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.sets = {
            str(s.public_id): s for s in QuestionSet.objects.kept_by(user).order_by("title")
        }
        # A set opened from its page (or posted from there) need not be one of "my sets".
        posted = str(self.data.get("source", "")) if self.is_bound else f"set:{offered_set}"
        wanted = posted.removeprefix("set:") if posted.startswith("set:") else ""
        if wanted and wanted not in self.sets:
            try:
                found = QuestionSet.objects.reachable_by(user).filter(public_id=wanted).first()
            except ValidationError:
                found = None
            if found:
                self.sets[wanted] = found
                self.initial.setdefault("source", f"set:{wanted}")
        self.topics = {t.slug: t for t in Topic.objects.all()}
        self.fields["source"].choices = [
            (WEAKEST, "My weakest questions (from practice)"),
            ("Topics", [(f"topic:{slug}", t.name) for slug, t in self.topics.items()]),
            *(
                [("Sets", [(f"set:{key}", s.title) for key, s in self.sets.items()])]
                if self.sets
                else []
            ),
        ]

    def chosen(self) -> tuple[str, object]:
        """("weakest", None), ("topic", Topic) or ("set", QuestionSet); after is_valid()."""
        kind, _, key = self.cleaned_data["source"].partition(":")
        if kind == "topic":
            return kind, self.topics[key]
        if kind == "set":
            return kind, self.sets[key]
        return WEAKEST, None


class _WhenForm(forms.Form):
    scheduled_at = forms.DateTimeField(
        label="Date and time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text="In your time zone; the candidate sees it in theirs.",
    )
    minutes = forms.IntegerField(label="Minutes per question", min_value=1, max_value=60, initial=8)

    def clean_scheduled_at(self) -> dt.datetime:
        when = self.cleaned_data["scheduled_at"]
        if when < timezone.now() - dt.timedelta(minutes=1):
            raise forms.ValidationError("That time has passed: pick a time in the future.")
        if when > timezone.now() + dt.timedelta(days=365):
            raise forms.ValidationError("Pick a time within the next year.")
        return when


class ScheduleForm(_OnceForm, _WhenForm):
    question_set = forms.ModelChoiceField(
        label="Question set",
        queryset=QuestionSet.objects.none(),
        to_field_name="public_id",
        empty_label="Choose one of your sets",
    )
    email = forms.EmailField(label="Candidate’s email", max_length=254)
    field_order = ["question_set", "email", "scheduled_at", "minutes"]

    def __init__(self, *args, interviewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.interviewer = interviewer
        self.fields["question_set"].queryset = QuestionSet.objects.kept_by(interviewer).order_by(
            "title"
        )
        self.fields["question_set"].error_messages["invalid_choice"] = (
            "Pick one of your sets (or one shared with you)."
        )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email == self.interviewer.email.lower():
            raise forms.ValidationError(
                "You cannot interview yourself: enter the candidate’s email."
            )
        return email


class RescheduleForm(_WhenForm):
    pass


class AssessmentForm(forms.ModelForm):
    """The interviewer's marks on one answer, saved as they go."""

    score = forms.TypedChoiceField(
        choices=Score.choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )
    covered = forms.TypedMultipleChoiceField(
        coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    flags_hit = forms.TypedMultipleChoiceField(
        coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = MockAnswer
        fields = ["score", "covered", "flags_hit", "notes", "private_notes"]
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 3}),
            "private_notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["covered"].choices = list(enumerate(self.instance.outline))
        self.fields["flags_hit"].choices = list(enumerate(self.instance.red_flags))
        limit_lengths(self, {"notes": 5000, "private_notes": 5000})


class ScorecardForm(forms.ModelForm):
    recommendation = forms.TypedChoiceField(
        label="Overall recommendation",
        choices=Recommendation.choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = MockInterview
        fields = ["recommendation", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"summary": "What went well, what to work on. The candidate reads this."}

    def __init__(self, *args, sending: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.sending = sending
        limit_lengths(self, {"summary": 5000})

    def clean_recommendation(self):
        recommendation = self.cleaned_data["recommendation"]
        if self.sending and recommendation is None:
            raise forms.ValidationError("Pick a recommendation before sending the scorecard.")
        return recommendation
