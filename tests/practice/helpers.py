"""Reading the practice pages the way a user does, and building a long practice history."""

import datetime as dt
import itertools
import random
import re
from html.parser import HTMLParser

from prep.practice import daily
from prep.practice.models import Card, Note, Review, State
from questions.fingerprint import prompt_fingerprint
from questions.models import Question, Status
from tests.factories import TopicFactory

SESSION_URL = "/practice/session/"
REVEAL_URL = "/practice/reveal/"
LOGIN_URL = "/accounts/login/"
# The moment the clock shows in tests that practise "now" (a Monday morning, UTC).
MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def grade_url(question) -> str:
    return f"/practice/q/{question.slug}/grade/"


def html(response) -> str:
    return response.content.decode()


def shown_prompt(response) -> str | None:
    """The prompt on the flashcard, or None when there is nothing to practise."""
    found = re.findall(r'<h1 class="prompt" id="prompt">(.*?)</h1>', html(response), re.S)
    assert len(found) <= 1
    return found[0].strip() if found else None


def progress_line(response) -> str:
    """ "3 due · 2 new left" above the card ("3 due (1 learning) · ..." with learning cards)."""
    [line] = re.findall(r'<p class="progress-line">(.*?)</p>', html(response), re.S)
    text = " ".join(re.sub(r"<[^>]+>", "", line).split())
    return re.search(r"\d+ due( \(\d+ learning\))? · \d+ new left", text).group(0)


def is_card_fragment(response) -> bool:
    text = html(response).strip()
    return text.startswith('<section id="practice-card"') and "<html" not in text


class _FormReader(HTMLParser):
    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields = action, False, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        elif tag == "input" and self.inside and attrs.get("type") == "hidden":
            self.fields[attrs["name"]] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def hidden_fields(response, action: str) -> dict[str, str]:
    """The hidden inputs of the form posting to `action`, as a browser would send them."""
    reader = _FormReader(action)
    reader.feed(html(response))
    assert reader.fields, f"no form posting to {action}"
    return reader.fields


_numbers = itertools.count()


def add_history(
    user, *, cards: int, reviews: int, topics: int, seed: int, now: dt.datetime
) -> None:
    """Bulk-create cards (about a third due now) and reviews spread over the last 365 days."""
    rng = random.Random(seed)
    new_topics = [TopicFactory() for _ in range(topics)]
    prompts = [f"History question {next(_numbers)}: how does it work?" for _ in range(cards)]
    questions = Question.objects.bulk_create(
        Question(
            slug=f"history-{prompt_fingerprint(prompt)[:16]}",
            prompt=prompt,
            answer="Like **this**.",
            status=Status.PUBLISHED,
            topic=new_topics[n % len(new_topics)],
            fingerprint=prompt_fingerprint(prompt),
        )
        for n, prompt in enumerate(prompts)
    )
    created = Card.objects.bulk_create(
        Card(
            user=user,
            question=question,
            state=State.REVIEW,
            stability=rng.uniform(1, 200),
            difficulty=rng.uniform(1, 10),
            due=now + dt.timedelta(days=rng.uniform(-5, 10)),
            last_review=now - dt.timedelta(days=rng.uniform(0, 30)),
            reps=reviews // cards + 1,
            lapses=9 if n % 4 == 0 else rng.randint(0, 7),  # a leech in every four
        )
        for n, question in enumerate(questions)
    )
    Note.objects.bulk_create(
        Note(user=user, question=card.question, text="A *note*.") for card in created[::3]
    )
    Review.objects.bulk_create(
        (
            Review(
                user=user,
                card=created[n % cards],
                question_id=created[n % cards].question_id,
                sequence=n // cards,
                rating=rng.randint(1, 4),
                reviewed_at=now - dt.timedelta(days=rng.uniform(0, 365)),
                state_before=rng.choice([State.NEW, State.LEARNING, State.REVIEW, State.REVIEW]),
                due_after=now,
            )
            for n in range(reviews)
        ),
        batch_size=2_000,
    )
    daily.rebuild(user)  # the reviews were written in bulk, past grade_question's tally
