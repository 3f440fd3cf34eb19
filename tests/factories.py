import datetime as dt

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone
from factory.django import DjangoModelFactory

from accounts.models import User
from accounts.roles import make_interviewer  # noqa: F401 - tests make interviewers here
from prep.practice.models import Bookmark, Card, Note, Rating, Review, State
from questions.models import (
    Level,
    Question,
    QuestionSet,
    SetItem,
    Source,
    SourceReference,
    Status,
    Topic,
)

PASSWORD = "correct horse battery staple"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    display_name = factory.Faker("name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """A verified primary address, as allauth keeps it (pass verified=False to skip)."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    order = factory.Sequence(int)


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    prompt = factory.Sequence(lambda n: f"How does feature number {n} work?")
    answer = "It works **well**."
    level = Level.MID
    topic = factory.SubFactory(TopicFactory)
    status = Status.PUBLISHED


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Interview document {n}")
    checksum = factory.Sequence(lambda n: f"{n:064x}")


class SourceReferenceFactory(DjangoModelFactory):
    class Meta:
        model = SourceReference

    question = factory.SubFactory(QuestionFactory)
    source = factory.SubFactory(SourceFactory)
    line = factory.Sequence(lambda n: n + 1)


class QuestionSetFactory(DjangoModelFactory):
    class Meta:
        model = QuestionSet

    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Set {n}")


class SetItemFactory(DjangoModelFactory):
    class Meta:
        model = SetItem

    question_set = factory.SubFactory(QuestionSetFactory)
    question = factory.SubFactory(QuestionFactory)
    position = factory.Sequence(int)


class CardFactory(DjangoModelFactory):
    """A card in review: last seen `last_review`, due ten days later.

    The clock is looked up late (lambda), so it follows a test's `clock`.
    """

    class Meta:
        model = Card

    user = factory.SubFactory(UserFactory)
    question = factory.SubFactory(QuestionFactory)
    state = State.REVIEW
    stability = 10.0
    difficulty = 5.0
    last_review = factory.LazyFunction(lambda: timezone.now())
    due = factory.LazyAttribute(lambda card: card.last_review + dt.timedelta(days=10))
    reps = 3


class ReviewFactory(DjangoModelFactory):
    class Meta:
        model = Review

    card = factory.SubFactory(CardFactory)
    user = factory.SelfAttribute("card.user")
    question = factory.SelfAttribute("card.question")
    sequence = factory.Sequence(int)
    rating = Rating.GOOD
    reviewed_at = factory.LazyFunction(lambda: timezone.now())
    state_before = State.REVIEW
    due_after = factory.LazyAttribute(lambda review: review.reviewed_at + dt.timedelta(days=10))


class BookmarkFactory(DjangoModelFactory):
    class Meta:
        model = Bookmark

    user = factory.SubFactory(UserFactory)
    question = factory.SubFactory(QuestionFactory)


class NoteFactory(DjangoModelFactory):
    class Meta:
        model = Note

    user = factory.SubFactory(UserFactory)
    question = factory.SubFactory(QuestionFactory)
    text = "Remember the **event loop**."
