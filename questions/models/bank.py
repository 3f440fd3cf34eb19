"""The question bank: topics, questions, their levels and statuses, and full-text search."""

import functools
import re
import secrets

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection, models
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils.text import slugify

from questions.fingerprint import prompt_fingerprint

SEARCH_CONFIG = "english"
# Markers PostgreSQL puts around matches in headlines; swapped for <mark> after escaping.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_STOP = "\x03"
# A dot between two word characters, as in module.function (same syntax in Python and PostgreSQL).
DOTTED_NAME = re.compile(r"(?<=\w)\.(?=\w)")


class Level(models.TextChoices):
    JUNIOR = "junior", "Junior"
    MID = "mid", "Mid"
    SENIOR = "senior", "Senior"
    UNSPECIFIED = "unspecified", "Any level"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    NEEDS_ANSWER = "needs_answer", "Needs answer"
    PENDING_REVIEW = "pending_review", "Pending review"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


BASE_TOPICS = [
    ("Core Python", "core-python", "The language itself: data model, typing, memory, the GIL."),
    ("Async & concurrency", "async", "asyncio, event loops, threads, processes."),
    ("FastAPI", "fastapi", "Routing, dependencies, middleware, ASGI."),
    ("Pydantic", "pydantic", "Models, validation, settings, serialisation."),
    ("Databases & ORM", "databases", "SQL, indexes, transactions, ORMs, migrations."),
    ("System design", "system-design", "Scaling, caching, queues, consistency."),
    ("Security", "security", "Authentication, authorisation, OWASP, secrets."),
    ("Testing", "testing", "pytest, fixtures, mocks, test strategy."),
    ("Deployment & DevOps", "devops", "Containers, CI/CD, observability."),
    ("Frontend", "frontend", "Browsers, JavaScript, HTTP from the client side."),
]


class TopicQuerySet(models.QuerySet):
    def with_published_counts(self):
        published_bank = Q(questions__status=Status.PUBLISHED, questions__owner__isnull=True)
        return self.annotate(published_count=Count("questions", filter=published_bank)).order_by(
            "order", "name"
        )  # Meta.ordering is dropped once Count() groups

    def ensure_base_topics(self) -> int:
        """Create the base topics that are missing; return how many were created."""
        created = 0
        for order, (name, slug, description) in enumerate(BASE_TOPICS):
            _, was_created = self.get_or_create(
                slug=slug, defaults={"name": name, "description": description, "order": order}
            )
            created += was_created
        return created


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


def _split_dotted_names(text: str) -> str:
    """Turn "asyncio.gather" into "asyncio gather", as the search vector indexes it."""
    return DOTTED_NAME.sub(" ", text)


def _searchable(field: str) -> Func:
    # PostgreSQL's parser reads "asyncio.gather" as one host name; index its parts instead.
    return Func(
        F(field),
        Value(DOTTED_NAME.pattern),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=models.TextField(),
    )


MAX_SEARCH_WORDS = 24
# A "-" that excludes a word follows a space (or the start) and precedes a word character;
# any other dash, and runs of them, only pile up NOT operators (PostgreSQL's tsquery stack
# overflows at about 32 of them).
_STRAY_DASH = re.compile(r"(?<=\S)-|-(?!\w)")


def _bounded_websearch(text: str) -> str:
    """Websearch syntax PostgreSQL can always parse: stray dashes dropped, few words."""
    text = _STRAY_DASH.sub(" ", text)
    return " ".join(text.split()[:MAX_SEARCH_WORDS])


def _prefix_query(text: str) -> SearchQuery | None:
    """All words, the last one as a prefix, so results follow the user as they type."""
    if not re.fullmatch(r"[\w\s'.]*", text):
        return None  # quotes or "-": the user wants websearch syntax
    words = re.findall(r"[A-Za-z0-9]+", text)
    if not words:
        return None
    raw = " & ".join([*words[:-1], f"{words[-1]}:*"])
    return SearchQuery(raw, search_type="raw", config=SEARCH_CONFIG)


def search_queries(text: str) -> tuple[SearchQuery, SearchQuery]:
    """The query that finds the matches of `text`, and the one that ranks and marks them.

    Matches are those of websearch syntax or of the words with the last as a prefix (both,
    OR-ed, rank them). For plain words the websearch query ("event & loop") implies the
    prefix one ("event & loop:*"), so the prefix query alone finds the same rows; and
    PostgreSQL, which estimates an OR of two queries as if they were independent, then
    expects the right number of rows and reads them through the GIN index instead of
    testing every row of the bank (about 8x slower for a word in a third of the bank).
    """
    text = _bounded_websearch(_split_dotted_names(text))
    websearch = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    prefix = _prefix_query(text)
    if prefix is None:
        return websearch, websearch
    both = websearch | prefix
    return (prefix if _plain_words(text) else both), both


def _plain_words(text: str) -> bool:
    """Words the prefix query and websearch read alike: ASCII letters and digits, no "or"."""
    return all(word.isascii() and word.isalnum() and word.lower() != "or" for word in text.split())


# The public bank, open to everyone. Drafts, questions waiting for an answer, private and
# archived ones are outside it.
IN_BANK = {"status": Status.PUBLISHED, "owner__isnull": True}
OUTSIDE_BANK = ~Q(**IN_BANK)


def visible_by_id(user, field: str = "question") -> Q:
    """The condition for rows whose `field` (a foreign key) points at a question this user
    may open, tested on the key alone.

    Every question of the public bank is visible, so only the few outside it are looked
    up (through a small partial index): joining each of a user's 2,000 cards to its question
    made PostgreSQL hash the whole bank (12 ms at 20,000 questions; this: 0.3 ms).
    """
    (outside, outside_params), (visible, visible_params) = _outside_bank_sql(user.is_authenticated)
    # The ORM's own SQL, with the values as parameters: nothing from a request is in it.
    visible_params = tuple(user.pk if param == _ANY_USER else param for param in visible_params)
    return ~Q(**{f"{field}__in": RawSQL(outside, outside_params)}) | Q(  # noqa: S611
        **{f"{field}__in": RawSQL(visible, visible_params)}  # noqa: S611
    )


@functools.cache
def _outside_bank_sql(authenticated: bool) -> tuple[tuple[str, tuple], tuple[str, tuple]]:
    """The ORM's SQL for `visible_by_id`'s two subqueries (the questions outside the bank,
    and those of them a stand-in user may open), written once per process: every count of
    cards tests it, and building and compiling them each time was about 0.5 ms a query."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    someone = get_user_model()(pk=_ANY_USER) if authenticated else AnonymousUser()
    outside = Question.objects.filter(OUTSIDE_BANK).values("pk")
    visible = outside.filter(visible_condition(someone))
    compiled = [query.query.sql_with_params() for query in (outside, visible)]
    return tuple((sql, tuple(params)) for sql, params in compiled)


def visible_condition(user) -> Q:
    """The condition for a question this user may open: a private question travels only in
    its owner's sets, and archiving takes a question away from everyone."""
    visible = Q(status=Status.PUBLISHED, owner__isnull=True) | Q(pk__in=_in_owners_sets(user))
    if user.is_authenticated:
        visible |= Q(owner=user)
    return visible & ~Q(status=Status.ARCHIVED)


def _in_owners_sets(user) -> RawSQL:
    """Questions in sets of their owner that this user reaches (`reachable_by`)."""
    sql, params = _in_owners_sets_sql(user.is_authenticated)
    # The ORM's own SQL, with the values as parameters: nothing from a request is in it.
    return RawSQL(sql, tuple(user.pk if param == _ANY_USER else param for param in params))  # noqa: S611


# Stands for the user in SQL written once and given each user's id.
_ANY_USER = -7_000_000_001


@functools.cache
def _in_owners_sets_sql(authenticated: bool) -> tuple[str, tuple]:
    """The ORM's SQL for `_in_owners_sets`, written once per process for a stand-in user.

    Every page tests visibility, often in several queries, and building and compiling these
    three nested subqueries each time cost about 2 ms of Python a page. The SQL is the same
    for everyone but the user's id, which `_in_owners_sets` puts in.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    from questions.models.sets import QuestionSet, SetItem

    someone = get_user_model()(pk=_ANY_USER) if authenticated else AnonymousUser()
    in_owners_sets = (
        SetItem.objects.filter(
            question_set__in=QuestionSet.objects.reachable_by(someone),
            question_set__owner=F("question__owner"),
        )
        .order_by()
        .values("question")
    )  # without the items' own order: a set, not a list
    sql, params = in_owners_sets.query.sql_with_params()
    return sql, tuple(params)


def count_in_bank(ids: list[int]) -> int:
    """How many of the questions `ids` are in the public bank now: one query by primary key,
    its SQL written by the ORM once per process (a page kept in the cache checks its rows
    with it on every visit)."""
    sql, params = _bank_ids_sql()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM ({sql}) AS bank (id) WHERE bank.id = ANY(%s)",  # noqa: S608
            [*params, list(ids)],
        )
        return cursor.fetchone()[0]


@functools.cache
def _bank_ids_sql() -> tuple[str, tuple]:
    sql, params = Question.objects.bank().order_by().values("pk").query.sql_with_params()
    return sql, tuple(params)


class QuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every question this user may open: the bank, their own, and those of sets they reach.

        The one rule for access to a question: pages, practice scopes, notes, bookmarks and
        interviews all start from it (here, or `visible_by_id` from rows pointing at one).
        """
        return self.filter(visible_condition(user))

    def get_visible(self, user, **lookup):
        """`visible_to(user).get(**lookup)`, in one plain query for a question of the public
        bank (everyone may open those); the whole rule (sets, owners) is tested only for the
        others. Planning that rule was most of a grade's lookup of its question."""
        question = self.get(**lookup)
        if question.status == Status.PUBLISHED and question.owner_id is None:
            return question
        return self.visible_to(user).get(pk=question.pk)

    def with_answer_access(self, user):
        """Annotate `answer_shown`: may this user read the answer and rubric?

        The public bank's answers are for everyone, a private question's for its owner and
        for people it reaches through a set of its owner that shares answers.
        """
        from questions.models.sets import QuestionSet, SetItem

        sharing = SetItem.objects.filter(
            question=OuterRef("pk"),
            question_set__in=QuestionSet.objects.reachable_by(user).filter(answers_visible=True),
            question_set__owner=OuterRef("owner"),
        )
        shown = Q(owner__isnull=True) | Exists(sharing)
        if user.is_authenticated:
            shown |= Q(owner=user)
        return self.annotate(
            answer_shown=Case(When(shown, then=True), default=False, output_field=BooleanField())
        )

    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def public_bank(self):
        return self.filter(owner__isnull=True)

    def bank(self):
        """What visitors see: published questions of the public bank."""
        return self.published().public_bank()

    def for_topic(self, topic: Topic):
        return self.filter(topic=topic)

    def at_level(self, level: str):
        return self.filter(level=level)

    def with_source_count(self):
        """Annotate `source_count`: the documents each question was seen in.

        Counted by the same rule the question page lists them with
        (`SourceReference.objects.of()`), as a subquery on the indexed question column:
        PostgreSQL evaluates it only for the rows a page shows (after ORDER BY and LIMIT),
        and for every match only when sorting by it ("most asked").
        """
        from questions.models.sources import SourceReference

        return self.annotate(source_count=SourceReference.objects.count_sources())

    def for_list(self):
        """For pages listing questions: topic order, without the stored search vector."""
        return (
            self.select_related("topic")
            .defer("search_vector")
            .with_source_count()
            .order_by("topic__order", "pk")
        )

    def search(self, text: str):
        """Full-text search in websearch syntax, best matches first (`rank`)."""
        matching, ranking = search_queries(text)
        return (
            self.filter(search_vector=matching)
            .annotate(rank=SearchRank(F("search_vector"), ranking))
            .order_by("-rank", "pk")
        )

    def with_headlines(self, text: str):
        """Annotate `prompt_headline` and `answer_headline`: the matches of a search marked.

        Costly (each reads and parses the whole text): apply it to the rows of a page only.
        """
        _, query = search_queries(text)
        headline = {
            "config": SEARCH_CONFIG,
            "start_sel": HIGHLIGHT_START,
            "stop_sel": HIGHLIGHT_STOP,
        }
        return self.annotate(
            prompt_headline=SearchHeadline("prompt", query, highlight_all=True, **headline),
            answer_headline=SearchHeadline(
                "answer", query, max_fragments=2, max_words=24, min_words=8, **headline
            ),
        )


class Question(models.Model):
    slug = models.SlugField(max_length=100, unique=True)
    prompt = models.TextField()
    answer = models.TextField(blank=True, help_text="Markdown.")
    what_it_tests = models.TextField(blank=True)
    answer_outline = models.TextField(blank=True, help_text="Markdown.")
    red_flags = models.TextField(blank=True, help_text="Markdown.")
    level = models.CharField(max_length=12, choices=Level.choices, default=Level.UNSPECIFIED)
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="private_questions",
        help_text="Empty for the public bank; else the interviewer who owns this private question.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_questions",
        help_text="Who wrote it, credited once an interviewer's question joins the public bank.",
    )
    moderation_note = models.TextField(
        blank=True, help_text="Why staff turned down its submission to the public bank."
    )
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    code_unrestored = models.BooleanField(
        "code to fix",
        default=False,
        help_text="The answer has code that was pasted onto one line and could not be "
        "restored: fix its layout by hand, then untick.",
    )
    search_vector = models.GeneratedField(
        expression=SearchVector(_searchable("prompt"), weight="A", config=SEARCH_CONFIG)
        + SearchVector(_searchable("answer"), weight="B", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        indexes = [
            GinIndex(fields=["search_vector"], name="question_search_gin"),
            models.Index(fields=["status", "topic", "level"], name="question_bank_idx"),
            # The published bank, for the pages that count and list it: counted, filtered
            # by topic and level, and put in topic order from this index alone (no reading
            # of every row's text), and sorted newest first without a sort.
            models.Index(
                fields=["topic", "level", "id"],
                name="question_published_bank_idx",
                condition=Q(status=Status.PUBLISHED, owner__isnull=True),
            ),
            models.Index(
                fields=["-created", "-id"],
                name="question_bank_newest_idx",
                condition=Q(status=Status.PUBLISHED, owner__isnull=True),
            ),
            # The few questions outside the public bank, for `visible_by_id`.
            models.Index(fields=["id"], name="question_outside_bank_idx", condition=OUTSIDE_BANK),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(prompt=""), name="question_prompt_not_empty"),
        ]
        # Putting a question in front of every visitor is its own right, apart from editing.
        permissions = [("publish_question", "Can publish questions to the public bank")]

    def __str__(self) -> str:
        return self.prompt if len(self.prompt) <= 80 else self.prompt[:79] + "…"

    def save(self, *args, **kwargs) -> None:
        # Derived from the prompt; kept here so no code path can forget it.
        self.fingerprint = prompt_fingerprint(self.prompt)
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("questions:detail", args=[self.slug])

    @property
    def shown_answer(self) -> str:
        """The answer to show: the outline stands in when there is no written answer."""
        return self.answer or self.answer_outline

    @property
    def answer_is_outline(self) -> bool:
        return not self.answer and bool(self.answer_outline)

    @property
    def has_rubric(self) -> bool:
        """Anything for the interviewer beyond the answer itself."""
        return bool(self.what_it_tests or self.red_flags or (self.answer and self.answer_outline))

    @property
    def level_known(self) -> bool:
        return self.level != Level.UNSPECIFIED

    def _unique_slug(self) -> str:
        base = slugify(self.prompt)[:80].strip("-") or "question"
        slug = base
        while Question.objects.filter(slug=slug).exists():
            slug = f"{base}-{secrets.token_hex(3)}"
        return slug
