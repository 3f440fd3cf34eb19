from django import forms
from django.core.validators import MaxLengthValidator
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from questions.models import Level, Question, QuestionSet, Topic, Visibility
from questions.panels import bank_states


class PlainSelect(forms.Select):
    """A select drawn in Python, with the same markup as Django's template-drawn one: the
    bank's page draws three on every search keystroke, at ~0.5 ms each through templates."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _, group, _ in widget["optgroups"]
                for option in group
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(widget["attrs"]), options
        )


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """Choices from one plain query: `iterator()` would open a server-side cursor on
    PostgreSQL (DECLARE, FETCH, CLOSE: three round trips) for a dozen topics."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class TopicChoiceField(forms.ModelChoiceField):
    iterator = ListedChoiceIterator


class BankFilterForm(forms.Form):
    """The bank's search, filters and sort, for the list page and for "Practise these"."""

    q = forms.CharField(
        required=False,
        max_length=200,
        strip=True,
        widget=forms.SearchInput(attrs={"placeholder": "Search questions, e.g. asyncio gather"}),
        label="Search",
    )
    topic = TopicChoiceField(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All topics",
        widget=PlainSelect,
    )
    level = forms.ChoiceField(
        choices=[("", "All levels"), *Level.choices], required=False, widget=PlainSelect
    )
    state = forms.ChoiceField(label="Show", required=False, widget=PlainSelect)
    # "Relevance": a search's best matches first; without a search, the bank by topic.
    sort = forms.ChoiceField(
        choices=[("", "Relevance"), ("newest", "Newest"), ("asked", "Most asked")],
        required=False,
        widget=PlainSelect,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.states = {state.value: state for state in bank_states()}
        choices = [(state.value, state.label) for state in self.states.values()]
        self.fields["state"].choices = [("", "All questions"), *choices]

    def clean_state(self) -> str:
        state = self.cleaned_data["state"]
        if state and not self.user.is_authenticated:
            raise forms.ValidationError("Log in to filter by what you have practised.")
        return state

    def filter(self, questions):
        """Apply the filters that are valid, then the sort; call after is_valid()."""
        data = self.cleaned_data
        if data.get("topic"):
            questions = questions.for_topic(data["topic"])
        if data.get("level"):
            questions = questions.at_level(data["level"])
        if data.get("state"):
            questions = self.states[data["state"]].narrow(questions, self.user)
        if data.get("q"):
            questions = questions.search(data["q"])
        if data.get("sort") == "newest":
            questions = questions.order_by("-created", "-pk")
        elif data.get("sort") == "asked":
            questions = questions.order_by("-source_count", "-created", "-pk")
        return questions

    def asked(self) -> str:
        """What the results depend on, to keep them by: each valid filter's value."""
        data = self.cleaned_data
        return repr(sorted((name, getattr(value, "pk", value)) for name, value in data.items()))

    def active_filters(self) -> list[tuple[str, str]]:
        """(parameter, what it says) for each filter in use, to name and clear them."""
        data = getattr(self, "cleaned_data", {})
        active = []
        if data.get("q"):
            active.append(("q", f"“{data['q']}”"))
        if data.get("topic"):
            active.append(("topic", f"topic {data['topic'].name}"))
        if data.get("level"):
            active.append(("level", f"level {Level(data['level']).label}"))
        if data.get("state"):
            active.append(("state", self.states[data["state"]].label.lower()))
        return active

    def describe(self) -> str:
        """A short name for these results, e.g. "Search: event loop · Async & concurrency"."""
        data = getattr(self, "cleaned_data", {})
        parts = [data["topic"].name] if data.get("topic") else []
        if data.get("level"):
            parts.append(Level(data["level"]).label)
        if data.get("state"):
            parts.append(self.states[data["state"]].label)
        if data.get("q"):
            return " · ".join([f"Search: {data['q']}", *parts])
        return " · ".join(["Bank", *parts]) if parts else "Question bank"


def limit_lengths(form: forms.ModelForm, limits: dict[str, int]) -> None:
    """Text fields the database stores unbounded get a limit the form explains."""
    for name, limit in limits.items():
        field = form.fields[name]
        field.max_length = limit
        field.validators.append(MaxLengthValidator(limit))
        field.widget.attrs["maxlength"] = limit


class QuestionSetForm(forms.ModelForm):
    class Meta:
        model = QuestionSet
        fields = ["title", "description", "visibility", "answers_visible"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {"description": "Markdown. What the set is for, how to use it."}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        limit_lengths(self, {"description": 5_000})

    def clean_visibility(self) -> str:
        visibility = self.cleaned_data["visibility"]
        if visibility == Visibility.PUBLIC and not self.owner.can_publish_sets:
            raise forms.ValidationError(
                "Only interviewers can publish sets to the public directory; "
                "share it by link instead."
            )
        return visibility


class PrivateQuestionForm(forms.ModelForm):
    """An interviewer's own question, written inside one of their sets."""

    class Meta:
        model = Question
        fields = [
            "prompt",
            "answer",
            "what_it_tests",
            "answer_outline",
            "red_flags",
            "topic",
            "level",
        ]
        widgets = {
            "prompt": forms.Textarea(attrs={"rows": 3}),
            "answer": forms.Textarea(attrs={"rows": 6}),
            "what_it_tests": forms.Textarea(attrs={"rows": 2}),
            "answer_outline": forms.Textarea(attrs={"rows": 4}),
            "red_flags": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "prompt": "Markdown. The question as you would ask it.",
            "answer_outline": "Markdown. One point per line: what a strong answer covers.",
            "red_flags": "Markdown. One per line: what would worry you in an answer.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limits = {"prompt": 2_000, "answer": 20_000, "answer_outline": 5_000}
        limits |= {"what_it_tests": 2_000, "red_flags": 5_000}
        limit_lengths(self, limits)
