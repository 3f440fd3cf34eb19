from django import forms

from questions.models import Level, Topic


class BankFilterForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=200,
        strip=True,
        widget=forms.SearchInput(attrs={"placeholder": "Search questions, e.g. asyncio gather"}),
        label="Search",
    )
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), to_field_name="slug", required=False, empty_label="All topics"
    )
    level = forms.ChoiceField(choices=[("", "All levels"), *Level.choices], required=False)

    def filter(self, questions):
        """Apply the filters that are valid; call after is_valid()."""
        data = self.cleaned_data
        if data.get("topic"):
            questions = questions.for_topic(data["topic"])
        if data.get("level"):
            questions = questions.at_level(data["level"])
        if data.get("q"):
            questions = questions.search(data["q"])
        return questions
