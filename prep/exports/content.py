"""What an export holds, section by section: rows of plain values, ready for JSON or CSV.

Everything is read in chunks, so a history of any length passes through in constant
memory. A question's prompt appears only while the user may still open the question
(`visible_to`): an archived or withdrawn question keeps its id in their history, not its text.
"""

from collections.abc import Iterator

from django.db.models import Case, F, Prefetch, TextField, Value, When

from prep.interviews.models import MockInterview
from prep.practice.models import Bookmark, Card, Note, Preferences, Rating, Review, State
from questions.models import Question, QuestionSet, SetItem

CHUNK = 2000


def _prompt_if_visible(user, field: str = "question"):
    visible = Question.objects.visible_to(user).values("pk")
    return Case(
        When(**{f"{field}__in": visible}, then=F(f"{field}__prompt")),
        default=Value(None),
        output_field=TextField(),
    )


def _label(choices, value) -> str | None:
    return None if value is None else choices(value).label


def profile(user, *, now) -> dict:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "time_zone": user.timezone,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": list(
            user.emailaddress_set.order_by("-primary", "email").values(
                "email", "verified", "primary"
            )
        ),
        "groups": list(user.groups.order_by("name").values_list("name", flat=True)),
        "exported_at": now,
    }


def _related(user, value) -> str | None:
    if value is None:
        return None
    if isinstance(value, QuestionSet) and not (
        QuestionSet.objects.visible_to(user).filter(pk=value.pk).exists()
    ):
        return None  # someone else's set that has since gone private
    return str(value)


def preferences(user) -> dict:
    """Every field of the practice preferences, found from the model: a field added
    later is exported without a change here. Defaults if the user never changed them."""
    saved = Preferences.objects.filter(user=user).first() or Preferences(user=user)
    data = {}
    for field in Preferences._meta.get_fields():
        if field.auto_created or field.name == "user":
            continue
        if field.many_to_many:
            related = getattr(saved, field.name).all() if saved.pk else []
            data[field.name] = [str(item) for item in related]
        elif field.is_relation:
            data[field.name] = _related(user, getattr(saved, field.name))
        else:
            data[field.name] = field.value_from_object(saved)
    return data


def cards(user) -> Iterator[dict]:
    rows = (
        Card.objects.filter(user=user)
        .annotate(shown_prompt=_prompt_if_visible(user))
        .order_by("pk")
        .values(
            "question__slug",
            "shown_prompt",
            "state",
            "step",
            "stability",
            "difficulty",
            "due",
            "last_review",
            "reps",
            "lapses",
            "suspended",
            "created",
        )
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "question": row.pop("question__slug"),
            "prompt": row.pop("shown_prompt"),
            **row,
            "state": _label(State, row["state"]),
        }


REVIEW_FIELDS = [
    "reviewed_at",
    "question",
    "rating",
    "rating_name",
    "duration_ms",
    "origin",
    "state_before",
    "due_after",
    "typed_answer",
]


def reviews(user, *, with_prompt: bool = False) -> Iterator[dict]:
    """Every grade ever given, oldest first."""
    rows = Review.objects.filter(user=user).order_by("reviewed_at", "pk")
    fields = [
        "reviewed_at",
        "question__slug",
        "rating",
        "duration_ms",
        "origin",
        "state_before",
        "due_after",
        "typed_answer",
    ]
    if with_prompt:
        rows = rows.annotate(shown_prompt=_prompt_if_visible(user))
        fields.append("shown_prompt")
    for row in rows.values(*fields).iterator(chunk_size=CHUNK):
        item = {
            "reviewed_at": row["reviewed_at"],
            "question": row["question__slug"],
            "rating": row["rating"],
            "rating_name": _label(Rating, row["rating"]),
            "duration_ms": row["duration_ms"],
            "origin": row["origin"],
            "state_before": _label(State, row["state_before"]),
            "due_after": row["due_after"],
            "typed_answer": row["typed_answer"],
        }
        if with_prompt:
            item["prompt"] = row["shown_prompt"]
        yield item


def notes(user) -> Iterator[dict]:
    rows = (
        Note.objects.filter(user=user)
        .annotate(shown_prompt=_prompt_if_visible(user))
        .order_by("pk")
        .values("question__slug", "shown_prompt", "text", "updated")
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "question": row["question__slug"],
            "prompt": row["shown_prompt"],
            "text": row["text"],
            "updated": row["updated"],
        }


def bookmarks(user) -> Iterator[dict]:
    rows = (
        Bookmark.objects.filter(user=user)
        .annotate(shown_prompt=_prompt_if_visible(user))
        .order_by("created", "pk")
        .values("question__slug", "shown_prompt", "created")
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "question": row["question__slug"],
            "prompt": row["shown_prompt"],
            "created": row["created"],
        }


def question_sets(user) -> Iterator[dict]:
    items = SetItem.objects.annotate(
        slug=F("question__slug"), shown_prompt=_prompt_if_visible(user)
    ).order_by("position", "pk")
    visible_sets = QuestionSet.objects.visible_to(user).values("pk")
    sets = (
        QuestionSet.objects.filter(owner=user)
        .annotate(
            original=Case(
                When(cloned_from__in=visible_sets, then=F("cloned_from__public_id")),
                default=Value(None),
            )
        )
        .prefetch_related(Prefetch("items", queryset=items))
        .order_by("created", "pk")
    )
    for question_set in sets.iterator(chunk_size=200):
        yield {
            "id": question_set.public_id,
            "title": question_set.title,
            "description": question_set.description,
            "visibility": question_set.visibility,
            "answers_visible": question_set.answers_visible,
            "cloned_from": question_set.original,
            "created": question_set.created,
            "updated": question_set.updated,
            "items": [
                {"position": item.position, "question": item.slug, "prompt": item.shown_prompt}
                for item in question_set.items.all()
            ],
        }


def private_questions(user) -> Iterator[dict]:
    """The user's own questions, with their answers and rubrics."""
    rows = (
        Question.objects.filter(owner=user)
        .order_by("created", "pk")
        .values(
            "slug",
            "prompt",
            "answer",
            "what_it_tests",
            "answer_outline",
            "red_flags",
            "level",
            "topic__name",
            "status",
            "moderation_note",
            "created",
            "updated",
        )
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield {**row, "topic": row.pop("topic__name")}


def _answer_for_interviewer(answer) -> dict:
    return {
        "position": answer.position,
        "prompt": answer.prompt,
        "model_answer": answer.model_answer,
        "what_it_tests": answer.what_it_tests,
        "outline": answer.outline,
        "red_flags": answer.red_flags,
        "typed_answer": answer.typed_answer,
        "seconds_spent": answer.seconds_spent,
        "score": answer.score,
        "outline_covered": [text for _, text, covered in answer.outline_items if covered],
        "red_flags_hit": [text for _, text, hit in answer.flag_items if hit],
        "notes_for_candidate": answer.notes,
        "private_notes": answer.private_notes,
    }


def _answer_for_candidate(answer, interview) -> dict:
    """What the candidate's own pages show: the model answer of a solo interview; the
    interviewer's marks once the scorecard is sent (never the private notes)."""
    row = {
        "position": answer.position,
        "prompt": answer.prompt,
        "typed_answer": answer.typed_answer,
        "seconds_spent": answer.seconds_spent,
        "self_rating": answer.self_rating,
    }
    if interview.solo:
        row["model_answer"] = answer.model_answer
    elif interview.scorecard_sent_at:
        row["score"] = answer.score
        row["notes_from_interviewer"] = answer.notes
        row["red_flags_hit"] = [text for _, text, hit in answer.flag_items if hit]
        if answer.rubric_private:
            row["outline_points_covered"] = f"{len(answer.covered)} of {len(answer.outline)}"
        else:
            row["outline_covered"] = [text for _, text, hit in answer.outline_items if hit]
    return row


def interviews(user) -> Iterator[dict]:
    """Mock interviews taken (solo or with an interviewer) and hosted."""
    rows = (
        MockInterview.objects.with_participant(user)
        .select_related("interviewer", "candidate")
        .prefetch_related("answers")
        .order_by("created", "pk")
    )
    for interview in rows.iterator(chunk_size=100):
        hosting = interview.interviewer_id == user.pk
        row = {
            "id": interview.public_id,
            "role": "interviewer" if hosting else "candidate",
            "title": interview.title,
            "solo": interview.solo,
            "status": interview.status,
            "scheduled_at": interview.scheduled_at,
            "started_at": interview.started_at,
            "finished_at": interview.finished_at,
            "seconds_per_question": interview.seconds_per_question,
        }
        answers = interview.answers.all()
        if hosting:
            row["candidate"] = interview.candidate_label
            row["invited_email"] = interview.invited_email
        row.update(_scorecard(interview, hosting))
        if hosting:
            row["answers"] = [_answer_for_interviewer(answer) for answer in answers]
        else:
            row["interviewer"] = interview.interviewer.name if interview.interviewer else None
            row["answers"] = [_answer_for_candidate(answer, interview) for answer in answers]
        yield row


def _scorecard(interview, hosting: bool) -> dict:
    if interview.solo or not (hosting or interview.scorecard_sent_at):
        return {}
    return {
        "recommendation": interview.get_recommendation_display()
        if interview.recommendation
        else None,
        "summary": interview.summary,
        "scorecard_sent_at": interview.scorecard_sent_at,
    }


# The list files of an export: name -> rows.
LISTS = {
    "cards": cards,
    "reviews": reviews,
    "notes": notes,
    "bookmarks": bookmarks,
    "question_sets": question_sets,
    "private_questions": private_questions,
    "mock_interviews": interviews,
}
