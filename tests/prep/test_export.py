"""Exporting a user's data: what the ZIP holds, for whom, and the background work around it."""

import datetime as dt
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from prep.account_data import delete_account
from prep.exports.tasks import RETRY, build, delete_expired, delete_orphan_files, request_export
from prep.interviews import services
from prep.interviews.models import MockInterview
from prep.models import DataExport, ExportStatus, TaskError
from prep.practice.models import Preferences, Rating
from questions.models import Visibility
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    NoteFactory,
    QuestionFactory,
    QuestionSetFactory,
    ReviewFactory,
    SetItemFactory,
    UserFactory,
)
from tests.prep.export_helpers import Archive, prepared

LISTS = [
    "cards.json",
    "reviews.json",
    "notes.json",
    "bookmarks.json",
    "question_sets.json",
    "private_questions.json",
    "mock_interviews.json",
]


def stored_files() -> list[str]:
    return default_storage.listdir("exports")[1] if default_storage.exists("exports") else []


# --- what is in it -----------------------------------------------------------------------


@pytest.mark.django_db
def test_it_exports_an_empty_account_as_a_valid_zip_with_empty_lists(user):
    export = prepared(user)

    archive = Archive.of(export)
    assert export.status == ExportStatus.READY
    assert export.size == export.file.size
    assert archive.names() == {
        "README.txt",
        "profile.json",
        "preferences.json",
        "reviews.csv",
        "interview-prep.apkg",
        *LISTS,
    }
    assert all(archive.json(name) == [] for name in LISTS)
    assert archive.csv_rows() == []
    assert archive.anki_notes() == []
    assert archive.json("preferences.json")["new_per_day"] == 10  # the defaults


@pytest.mark.django_db
def test_it_exports_the_profile(user):
    user.display_name, user.timezone = "Ada Export", "Europe/Paris"
    user.save()

    profile = Archive.of(prepared(user)).json("profile.json")

    assert profile["email"] == user.email
    assert profile["display_name"] == "Ada Export"
    assert profile["time_zone"] == "Europe/Paris"
    assert profile["date_joined"].startswith(f"{user.date_joined:%Y-%m-%d}")
    assert profile["email_addresses"] == [{"email": user.email, "verified": True, "primary": True}]


@pytest.mark.django_db
def test_it_exports_every_preference_field(user, question):
    own_set = QuestionSetFactory(owner=user, title="Target set")
    Preferences.objects.create(
        user=user, new_per_day=25, desired_retention=0.85, fresh_mode=True, target_set=own_set
    )
    Preferences.objects.get(user=user).target_topics.add(question.topic)

    exported = Archive.of(prepared(user)).json("preferences.json")

    assert exported["new_per_day"] == 25
    assert exported["desired_retention"] == 0.85
    assert exported["fresh_mode"] is True
    assert exported["target_set"] == "Target set"
    assert exported["target_topics"] == [question.topic.name]
    model_fields = {
        f.name for f in Preferences._meta.get_fields() if not f.auto_created and f.name != "user"
    }
    assert set(exported) == model_fields


@pytest.mark.django_db
def test_it_exports_cards_reviews_notes_and_bookmarks_and_nobody_elses(user, outsider, question):
    card = CardFactory(
        user=user, question=question, stability=12.5, difficulty=4.25, reps=3, lapses=1
    )
    first = timezone.now() - dt.timedelta(days=3)
    ReviewFactory(card=card, rating=Rating.AGAIN, reviewed_at=first, typed_answer="No idea")
    ReviewFactory(card=card, rating=Rating.GOOD, reviewed_at=first + dt.timedelta(days=1))
    NoteFactory(user=user, question=question, text="Mine: the event loop")
    BookmarkFactory(user=user, question=question)
    theirs = CardFactory(user=outsider, question=question)
    ReviewFactory(card=theirs, typed_answer="Outsider-typed-answer")
    NoteFactory(user=outsider, question=question, text="Outsider-private-note")

    archive = Archive.of(prepared(user))

    [exported_card] = archive.json("cards.json")
    assert exported_card["question"] == question.slug
    assert exported_card["prompt"] == question.prompt
    assert (exported_card["state"], exported_card["stability"]) == ("Review", 12.5)
    assert (exported_card["difficulty"], exported_card["reps"], exported_card["lapses"]) == (
        4.25,
        3,
        1,
    )
    assert {"step", "due", "last_review"} <= set(exported_card)
    assert exported_card["suspended"] is False
    reviews = archive.json("reviews.json")
    assert [r["rating_name"] for r in reviews] == ["Again", "Good"]  # oldest first
    assert reviews[0]["typed_answer"] == "No idea"
    assert [n["text"] for n in archive.json("notes.json")] == ["Mine: the event loop"]
    assert [b["question"] for b in archive.json("bookmarks.json")] == [question.slug]
    assert "Outsider-private-note" not in archive.text()
    assert "Outsider-typed-answer" not in archive.text()


@pytest.mark.django_db
def test_it_writes_the_reviews_as_csv_rows(user, question):
    card = CardFactory(user=user, question=question)
    ReviewFactory(card=card, rating=Rating.HARD, duration_ms=4200, typed_answer="=SUM(A1)")

    [row] = Archive.of(prepared(user)).csv_rows()

    assert row["question"] == question.slug
    assert row["prompt"] == question.prompt
    assert (row["rating"], row["rating_name"], row["duration_ms"]) == ("2", "Hard", "4200")
    assert row["origin"] == "practice"
    assert row["typed_answer"] == "'=SUM(A1)"  # a spreadsheet would run it


@pytest.mark.django_db
def test_it_keeps_the_history_of_a_question_gone_private_without_its_text(user, interviewer):
    gone = QuestionFactory(owner=interviewer, prompt="Qx-withdrawn-prompt", answer="Qx-answer")
    ReviewFactory(card=CardFactory(user=user, question=gone))
    NoteFactory(user=user, question=gone, text="My own words stay")

    archive = Archive.of(prepared(user))

    assert archive.json("cards.json")[0]["prompt"] is None
    assert archive.json("reviews.json")[0]["question"] == gone.slug
    assert archive.json("notes.json")[0]["text"] == "My own words stay"
    assert "Qx-withdrawn-prompt" not in archive.text()
    assert "Qx-answer" not in archive.text()


@pytest.fixture
def interviewer_kit(interviewer):
    """An interviewer's public set whose answers stay with the interviewer."""
    hidden = QuestionFactory(
        owner=interviewer, prompt="How would you shard a queue?", answer="Qx-hidden-answer"
    )
    kit = QuestionSetFactory(owner=interviewer, visibility=Visibility.PUBLIC, answers_visible=False)
    SetItemFactory(question_set=kit, question=hidden)
    return hidden


@pytest.mark.django_db
def test_it_exports_the_sets_and_private_questions_with_answers_and_rubric(
    interviewer, interviewer_kit, question
):
    own = QuestionFactory(
        owner=interviewer,
        prompt="What does the GIL protect?",
        answer="The interpreter state.",
        what_it_tests="Concurrency basics",
        red_flags="- Says it makes code thread safe",
    )
    kit = QuestionSetFactory(owner=interviewer, title="Backend kit", description="Round one")
    SetItemFactory(question_set=kit, question=own, position=0)
    SetItemFactory(question_set=kit, question=question, position=1)

    archive = Archive.of(prepared(interviewer))

    sets = {s["title"]: s for s in archive.json("question_sets.json")}
    assert sets["Backend kit"]["description"] == "Round one"
    assert [i["question"] for i in sets["Backend kit"]["items"]] == [own.slug, question.slug]
    questions = {q["prompt"]: q for q in archive.json("private_questions.json")}
    assert questions["What does the GIL protect?"]["answer"] == "The interpreter state."
    assert questions["What does the GIL protect?"]["what_it_tests"] == "Concurrency basics"
    assert questions["What does the GIL protect?"]["red_flags"].startswith("- Says")
    assert questions["How would you shard a queue?"]["answer"] == "Qx-hidden-answer"


@pytest.mark.django_db
def test_the_anki_deck_has_bookmarks_and_one_subdeck_per_set_with_answers(
    user, question, interviewer_kit
):
    question.prompt, question.answer = "What is `asyncio.gather`?", "It runs **awaitables**."
    question.save()
    BookmarkFactory(user=user, question=question)
    mine = QuestionSetFactory(owner=user, title="Async week")
    SetItemFactory(question_set=mine, question=interviewer_kit, position=0)
    SetItemFactory(question_set=mine, question=question, position=1)

    archive = Archive.of(prepared(user))

    decks = archive.anki_cards_by_deck()
    assert set(decks) == {"Interview Prep::Bookmarks", "Interview Prep::Async week"}
    assert decks["Interview Prep::Bookmarks"] == ["<p>What is <code>asyncio.gather</code>?</p>\n"]
    assert len(decks["Interview Prep::Async week"]) == 2
    fields = {f[0]: f for f in archive.anki_notes()}
    _, answer, topic, link = fields["<p>What is <code>asyncio.gather</code>?</p>\n"]
    assert answer == "<p>It runs <strong>awaitables</strong>.</p>\n"
    assert topic == question.topic.name
    assert f"/questions/{question.slug}/" in link
    # The interviewer keeps the answers of that set: the candidate's deck says so instead.
    models = json.loads(archive.anki().execute("SELECT models FROM col").fetchone()[0])
    [ours] = [m for m in models.values() if m["name"] == "Interview Prep question"]
    assert ".markdown pre code .k" in ours["css"]  # code is highlighted as on the site
    hidden = fields["<p>How would you shard a queue?</p>\n"][1]
    assert "not shared with you" in hidden
    assert "Qx-hidden-answer" not in archive.text()


def hosted_interview(interviewer, candidate, *, send: bool):
    kit = QuestionSetFactory(owner=interviewer, title="Hosted kit")
    SetItemFactory(question_set=kit, question=QuestionFactory(prompt="Explain MVCC"))
    now = timezone.now()
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=kit,
        email=candidate.email,
        scheduled_at=now,
        seconds_per_question=300,
    )
    services.accept(interview=interview, user=candidate, now=now)
    services.begin(interview=interview, now=now)
    services.save_typed_answer(interview=interview, position=0, text="Snapshots", now=now)
    services.finish(interview=interview, now=now)
    interview.answers.update(score=3, notes="Qx-notes-for-you", private_notes="Qx-private-notes")
    MockInterview.objects.filter(pk=interview.pk).update(summary="Qx-summary")
    if send:
        services.send_scorecard(interview=interview, now=now)
    return interview


@pytest.mark.django_db
def test_it_exports_interviews_taken_and_hosted_with_what_each_side_may_read(
    interviewer, user, question
):
    sent = hosted_interview(interviewer, user, send=True)
    unsent = hosted_interview(interviewer, user, send=False)
    solo = services.start_solo(
        user=user, title="Alone", questions=[question], seconds_per_question=60, now=timezone.now()
    )
    services.finish(interview=solo, now=timezone.now())

    candidate = Archive.of(prepared(user))
    host = Archive.of(prepared(interviewer))

    taken = {i["id"]: i for i in candidate.json("mock_interviews.json")}
    assert {i["role"] for i in taken.values()} == {"candidate"}
    scorecard = taken[str(sent.public_id)]
    assert scorecard["summary"] == "Qx-summary"
    assert scorecard["answers"][0]["typed_answer"] == "Snapshots"
    assert scorecard["answers"][0]["score"] == 3
    assert scorecard["answers"][0]["notes_from_interviewer"] == "Qx-notes-for-you"
    assert taken[str(unsent.public_id)]["answers"][0]["typed_answer"] == "Snapshots"
    assert "summary" not in taken[str(unsent.public_id)]  # not sent yet
    assert "score" not in taken[str(unsent.public_id)]["answers"][0]
    assert taken[str(solo.public_id)]["answers"][0]["model_answer"] == question.answer
    assert "Qx-private-notes" not in candidate.text()
    hosted = {i["id"]: i for i in host.json("mock_interviews.json")}
    assert set(hosted) == {str(sent.public_id), str(unsent.public_id)}
    assert {i["role"] for i in hosted.values()} == {"interviewer"}
    assert hosted[str(unsent.public_id)]["summary"] == "Qx-summary"
    assert hosted[str(unsent.public_id)]["answers"][0]["private_notes"] == "Qx-private-notes"
    assert hosted[str(sent.public_id)]["candidate"] == user.name


# --- the background work ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_worker_prepares_the_export_and_emails_the_link(worker, sent_mail, user, question):
    ReviewFactory(card=CardFactory(user=user, question=question))
    export = request_export(user=user)

    worker()

    export.refresh_from_db()
    assert export.status == ExportStatus.READY
    assert Archive.of(export).json("reviews.json")[0]["question"] == question.slug
    [message] = sent_mail()
    assert message.to == [user.email]
    assert "Your data export is ready" in message.subject
    link = f"http://127.0.0.1:8000{reverse('export:detail', args=[export.public_id])}"
    assert link in message.body


@pytest.mark.django_db(transaction=True)
def test_a_second_request_while_one_is_under_way_queues_nothing(worker, user):
    first = request_export(user=user)

    assert request_export(user=user) == first
    assert DataExport.objects.count() == 1
    assert ProcrastinateJob.objects.filter(task_name="prep.build_export").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_new_export_replaces_the_previous_one_once_ready(worker, user):
    old = request_export(user=user)
    worker()
    old.refresh_from_db()
    old_name = old.file.name

    new = request_export(user=user)
    assert DataExport.objects.filter(pk=old.pk).exists()  # still there while the new one is made
    worker()

    assert list(DataExport.objects.values_list("pk", flat=True)) == [new.pk]
    assert not default_storage.exists(old_name)


@pytest.mark.django_db(transaction=True)
def test_deleting_the_account_deletes_its_exports_and_their_files(worker, user):
    export = request_export(user=user)
    worker()
    export.refresh_from_db()
    assert default_storage.exists(export.file.name)

    delete_account(user=user)

    assert not DataExport.objects.exists()
    assert stored_files() == []


@pytest.mark.django_db(transaction=True)
def test_an_account_deleted_with_its_export_queued_leaves_the_job_nothing_to_do(worker, user):
    request_export(user=user)
    delete_account(user=user)

    worker()

    assert ProcrastinateJob.objects.get(task_name="prep.build_export").status == "succeeded"
    assert stored_files() == []


@pytest.mark.django_db(transaction=True)
def test_an_export_whose_account_goes_while_it_is_built_deletes_its_file(user):
    export = request_export(user=user)
    locks = []

    def delete_the_account_first(execute, sql, params, many, context):
        """Just before the build locks its row to finish (its second lock), the account
        is deleted, as another request would."""
        if "FOR UPDATE" in sql and '"prep_dataexport"' in sql:
            locks.append(sql)
            if len(locks) == 2:
                context["cursor"].execute(
                    'DELETE FROM "prep_dataexport" WHERE "id" = %s', [export.pk]
                )
        return execute(sql, params, many, context)

    with connection.execute_wrapper(delete_the_account_first):
        build(export_id=export.pk)

    assert len(locks) == 2
    assert stored_files() == []


@pytest.mark.django_db(transaction=True)
def test_expired_exports_are_deleted_with_their_files(user, outsider):
    old = prepared(user)
    fresh = prepared(outsider)
    DataExport.objects.filter(pk=old.pk).update(finished=timezone.now() - dt.timedelta(days=8))

    assert delete_expired(now=timezone.now()) == 1

    assert list(DataExport.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert not default_storage.exists(old.file.name)
    assert default_storage.exists(fresh.file.name)


def test_the_readme_lists_every_file_of_the_export():
    from django.template.loader import render_to_string

    readme = render_to_string(
        "prep/export_readme.txt", {"user": UserFactory.build(), "now": timezone.now()}
    )

    for name in [*LISTS, "profile.json", "preferences.json", "reviews.csv", "interview-prep.apkg"]:
        assert re.search(rf"^{re.escape(name)}\s", readme, re.MULTILINE), name


@pytest.mark.django_db(transaction=True)
def test_files_no_export_points_to_are_deleted_once_a_day_old(user):
    kept = prepared(user)
    default_storage.save("exports/left-behind.zip", ContentFile(b"PK"))
    now = timezone.now()  # files carry the real time

    assert delete_orphan_files(now=now) == 0  # it may be a build finishing
    assert delete_orphan_files(now=now + dt.timedelta(days=1, minutes=1)) == 1

    assert stored_files() == [kept.file.name.removeprefix("exports/")]


@pytest.mark.django_db(transaction=True)
def test_an_export_that_keeps_failing_is_marked_failed_after_its_retries(
    worker, user, settings, tmp_path
):
    not_a_folder = tmp_path / "not-a-folder"
    not_a_folder.write_text("")
    settings.MEDIA_ROOT = not_a_folder  # storage refuses every write
    export = request_export(user=user)

    worker()

    export.refresh_from_db()
    job = ProcrastinateJob.objects.get(task_name="prep.build_export")
    assert (job.status, job.attempts) == ("todo", 1)  # a retry is due later
    assert export.status == ExportStatus.RUNNING
    with connection.cursor() as cursor:  # the retries ran out: its last one is due now
        cursor.execute(
            "UPDATE procrastinate_jobs SET attempts = %s, scheduled_at = now() WHERE id = %s",
            [RETRY.max_attempts, job.id],
        )

    worker()

    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED
    assert ProcrastinateJob.objects.get(pk=job.pk).status == "failed"
    assert TaskError.objects.filter(job_id=job.pk).count() == 2
