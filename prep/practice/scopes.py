"""Which questions a practice session draws from: a scope ("due", "topic:async",
"set:<uuid>", "ahead:topic:async"...) parsed, checked and resolved for one user."""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.postgres.fields import ArrayField
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    Func,
    QuerySet,
    Value,
    When,
)
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator

from prep.practice.models import Card
from questions.markdown import split_prompt
from questions.models import Level, Question, QuestionSet, Topic

# Scopes of questions picked by hand ("Practise this", "Practise these"): a card in them is
# shown even before it is due (Anki's "study ahead"), unless it was reviewed this sitting.
PICKED_KINDS = ("question", "search")

SCOPE_KINDS = (
    "due",
    "topic",
    "topics",
    "level",
    "set",
    "bookmarks",
    "new",
    "question",
    "search",
    "ahead",
)
# Scopes a session can study ahead in ("ahead:topic:async"), once nothing is due in them.
AHEAD_KINDS = ("due", "topic", "topics", "level", "set", "bookmarks")
# "Study ahead" reviews the scope's cards due within this many local days, soonest first.
STUDY_AHEAD = dt.timedelta(days=7)
# "topics:async,databases": a session over several topics, at most this many.
MAX_TOPICS = 50

# "Practise these" on the bank takes at most this many of the matches, in the order shown:
# a session is a sitting, and a search that matches half the bank is not one.
MAX_PICKED = 200
_PICKED_SALT = "practice.scope.search"


@dataclass(frozen=True)
class Pool:
    """A scope resolved for one user: its name, its questions, and its live cards.

    Resolving it checks the scope (its topic exists, its set is the user's to see); its
    querysets are built when first asked for: a card page read from the cache, or a grade
    that goes on to another page, asks for none (building them was a sixth of its time).
    """

    name: str
    # () -> (every question of the scope the user may open; those a session may introduce,
    # the bank or the whole set; the user's live cards in the scope)
    querysets: Callable[[], tuple[QuerySet, QuerySet, QuerySet]]
    new_order: tuple | Callable[[], tuple] = ("topic__order", "pk")  # a callable: asked late
    question_set: QuestionSet | None = None

    @cached_property
    def _built(self) -> tuple[QuerySet, QuerySet, QuerySet]:
        return self.querysets()

    @property
    def questions(self) -> QuerySet:
        return self._built[0]

    @property
    def new(self) -> QuerySet:
        return self._built[1]

    @property
    def cards(self) -> QuerySet:
        return self._built[2]


@dataclass(frozen=True)
class Scope:
    """Which questions a practice session draws from: "due", "topic:async", "set:<uuid>"..."""

    kind: str = "due"
    value: str = ""

    @classmethod
    def parse(cls, text: str | None) -> "Scope":
        kind, _, value = (text or "due").partition(":")
        if kind not in SCOPE_KINDS or "\x00" in value:
            raise Http404("Unknown practice scope.")
        if kind == "level" and value not in Level.values:
            raise Http404("Unknown level.")
        if kind == "search":
            _picked(value)  # 404 for a link that was not made here
        if kind == "topics":
            value = ",".join(_topic_slugs(value))
        if kind == "ahead":
            # The inner kind first: "ahead:ahead:..." never recurses.
            if value.partition(":")[0] not in AHEAD_KINDS:
                raise Http404("Studying ahead works in a topic, a level, a set or due reviews.")
            value = str(cls.parse(value))
        return cls(kind, value)

    @classmethod
    def for_topics(cls, topics) -> "Scope":
        """One topic, or several at once ("topics:async,databases"); no topic: due reviews."""
        slugs = [topic.slug for topic in topics]
        if len(slugs) > 1:
            return cls("topics", ",".join(slugs[:MAX_TOPICS]))
        return cls("topic", slugs[0]) if slugs else cls()

    @classmethod
    def for_set(cls, question_set: QuestionSet) -> "Scope":
        return cls("set", str(question_set.public_id))

    @classmethod
    def for_question(cls, question: Question) -> "Scope":
        return cls("question", question.slug)

    @classmethod
    def for_search(cls, name: str, question_ids: list[int]) -> "Scope":
        """A session over exactly these questions (the first MAX_PICKED), named `name`.

        The ids are frozen when the user clicks "Practise these", not the search
        re-evaluated on every card: filters like "new to me" or "due" change as the
        session grades, and a question graded Again would drop out of "new to me" and never
        come back; a question published meanwhile would join a session the user did not
        choose. Signed, so a link cannot show a made-up name; access is still checked
        with `visible_to` on every card, as for any scope. The ids travel in the link
        (compressed: about 1 KB for 200 of them), so the session needs no table and no
        cleanup, and works for a visitor who logs in on the way.
        """
        payload = {"n": name[:120], "i": list(question_ids[:MAX_PICKED])}
        return cls("search", signing.dumps(payload, salt=_PICKED_SALT, compress=True))

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}" if self.value else self.kind

    def session_url(self) -> str:
        """The one way to link to a practice session in this scope."""
        return f"{reverse('practice:session')}?{urlencode({'scope': str(self)}, safe=':,')}"

    def can_bury(self, card: Card, now: dt.datetime) -> bool:
        """Bury makes a card due tomorrow. A card this scope shows before it is due (study
        ahead, "Practise this") would come straight back, so there it cannot be buried."""
        return card.due <= now or self.kind not in ("ahead", *PICKED_KINDS)

    def ahead(self) -> "Scope | None":
        """This scope's "study ahead" session, if it has one."""
        return Scope("ahead", str(self)) if self.kind in AHEAD_KINDS else None

    def pool(self, user) -> Pool:
        """The scope's questions and cards for this user; 404 for a scope they may not see."""

        def visible():
            return Question.objects.visible_to(user)

        def cards():
            return Card.objects.live(user)

        if self.kind == "topic":
            topic = Topic.objects.filter(slug=self.value).first()
            if topic is None:
                raise Http404("Unknown topic.")

            def in_topic():
                questions = visible().filter(topic=topic)
                return questions, questions.public_bank(), cards().filter(question__topic=topic)

            return Pool(topic.name, in_topic)
        if self.kind == "topics":
            slugs = self.value.split(",")
            topics = list(Topic.objects.filter(slug__in=slugs))
            if len(topics) != len(slugs):
                raise Http404("Unknown topic.")
            name = Truncator(", ".join(topic.name for topic in topics)).chars(80)

            def in_topics():
                questions = visible().filter(topic__in=topics)
                in_scope = cards().filter(question__topic__in=topics)
                return questions, questions.public_bank(), in_scope

            def order() -> tuple:
                """New questions take turns between the topics (the one the user has met least
                comes first), so a short session meets them all. The counts come in one
                grouped query, so the new-question query stays a plain one (a count per
                row took over a second for 2,000 cards); only asked when a new one is shown."""
                met = dict(
                    Card.objects.filter(user=user, question__topic__in=topics)
                    .order_by()
                    .values_list("question__topic")
                    .annotate(n=Count("pk"))
                )
                least_met = Case(
                    *(When(topic_id=topic.pk, then=met.get(topic.pk, 0)) for topic in topics),
                    output_field=models.IntegerField(),
                )
                return (least_met.asc(), "topic__order", "pk")

            return Pool(name, in_topics, order)
        if self.kind == "ahead":
            inner = Scope.parse(self.value).pool(user)

            def learnt():
                # Only cards already learnt: a session ahead of schedule introduces nothing.
                return inner.questions, inner.questions.none(), inner.cards

            name = f"Study ahead: {inner.name}"
            return Pool(name, learnt, question_set=inner.question_set)
        if self.kind == "level":

            def at_level():
                questions = visible().filter(level=self.value)
                in_scope = cards().filter(question__level=self.value)
                return questions, questions.public_bank(), in_scope

            return Pool(f"{Level(self.value).label} questions", at_level)
        if self.kind == "set":
            question_set = _visible_set(user, self.value)

            def in_set():
                questions = visible().filter(set_items__question_set=question_set)
                in_scope = cards().filter(question__set_items__question_set=question_set)
                return questions, questions, in_scope

            order = ("set_items__position", "pk")
            return Pool(question_set.title, in_set, order, question_set)
        if self.kind == "question":
            prompt = visible().filter(slug=self.value).values_list("prompt", flat=True).first()
            if prompt is None:
                raise Http404("Unknown question.")

            def this_one():
                questions = visible().filter(slug=self.value)
                return questions, questions, cards().filter(question__slug=self.value)

            return Pool(_title(prompt), this_one)
        if self.kind == "search":
            name, ids = _picked(self.value)

            def picked():
                questions = visible().filter(pk__in=ids)
                # New questions come in the order the bank showed them.
                position = Func(
                    Value(ids, output_field=ArrayField(models.BigIntegerField())),
                    F("pk"),
                    function="array_position",
                    output_field=models.IntegerField(),
                )
                shown_order = questions.annotate(picked_position=position)
                return questions, shown_order, cards().filter(question__in=ids)

            return Pool(name, picked, ("picked_position", "pk"))
        if self.kind == "bookmarks":

            def bookmarked():
                questions = visible().filter(bookmarks__user=user)
                return questions, questions, cards().filter(question__bookmarks__user=user)

            return Pool("Your bookmarks", bookmarked)

        def everything():
            questions = visible()
            return questions, questions.public_bank(), cards()

        return Pool("New questions" if self.kind == "new" else "Due reviews", everything)


def _picked(value: str) -> tuple[str, list[int]]:
    """The name and question ids of a "search" scope made by `Scope.for_search`."""
    try:
        payload = signing.loads(value, salt=_PICKED_SALT)
        name, ids = str(payload["n"]), [int(pk) for pk in payload["i"]][:MAX_PICKED]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise Http404("This practice link is broken or out of date.") from None
    return name, ids


_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,80}")


def _topic_slugs(value: str) -> list[str]:
    """The slugs of a "topics" scope, each once, in the order given; 404 for a malformed list."""
    slugs = list(dict.fromkeys(value.split(",")))
    if not 0 < len(slugs) <= MAX_TOPICS or not all(_SLUG.fullmatch(slug) for slug in slugs):
        raise Http404("Unknown topic.")
    return slugs


def _title(prompt: str) -> str:
    """A question as a session's name: its first paragraph, without markdown's backticks."""
    title, _ = split_prompt(prompt)
    return Truncator(" ".join(title.replace("`", "").split())).chars(80)


def _visible_set(user, public_id: str) -> QuestionSet:
    try:
        return QuestionSet.objects.visible_to(user).get(public_id=public_id)
    except (QuestionSet.DoesNotExist, ValueError, ValidationError):
        raise Http404("Unknown question set.") from None
