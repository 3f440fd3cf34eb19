"""Near duplicates: certain ones merge on import, likely ones wait for staff, code names count."""

import pytest

from questions.fingerprint import prompt_fingerprint
from questions.importing import import_document
from questions.importing.matching import LIKELY, likely_duplicates
from questions.models import DuplicateState, Flag, LikelyDuplicate, Question, Status
from questions.services import CannotMerge, merge_questions
from tests.factories import (
    CardFactory,
    QuestionFactory,
    SetItemFactory,
    SourceReferenceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/questions/likelyduplicate/"


def document(*prompts: str) -> str:
    return "\n\n".join(f"## {prompt}\n\nThe answer to it, in a sentence." for prompt in prompts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "What does `get_form()` return in a form view class?",
            "What does get_form_class() return in a form view?",
        ),
        ("When do you use asyncio.gather?", "When do you use asyncio.wait?"),
        ("Explain os.path.join.", "Explain os.path.split."),
        (
            "What changed in Python 3.11 for asyncio tasks?",
            "What changed in Python 3.12 for asyncio tasks?",
        ),
    ],
)
def test_it_never_takes_different_code_names_or_numbers_for_the_same_question(first, second):
    assert prompt_fingerprint(first) != prompt_fingerprint(second)

    report = import_document(document(first, second), title="Code names").report

    assert report["totals"]["created"] == 2
    assert not LikelyDuplicate.objects.exists()


def test_it_still_merges_certain_duplicates_by_themselves():
    QuestionFactory(prompt="How does asyncio.gather work?")

    report = import_document(document("Explain asyncio.gather."), title="Again").report

    assert report["totals"] == report["totals"] | {"created": 0, "merged": 1}
    assert Question.objects.count() == 1


def test_it_records_likely_duplicates_instead_of_merging_them():
    kept = QuestionFactory(prompt="How do you implement rate limiting in FastAPI?")

    report = import_document(
        document("How would you implement rate limiting in a FastAPI app?"), title="Blog"
    ).report

    assert report["totals"]["created"] == 1
    new = Question.objects.exclude(pk=kept.pk).get()
    pair = LikelyDuplicate.objects.get()
    assert (pair.question, pair.other, pair.state) == (new, kept, DuplicateState.PENDING)
    assert LIKELY <= pair.score < 100


def test_it_leaves_different_questions_on_the_same_subject_alone():
    QuestionFactory(prompt="How do you debug Python applications?")

    import_document(document("How do you deploy Python applications?"), title="Ops")

    assert not LikelyDuplicate.objects.exists()


def test_it_never_proposes_a_dismissed_pair_again():
    earlier = QuestionFactory(prompt="Explain shallow vs deep copy.")
    later = QuestionFactory(prompt="Difference between deepcopy and shallow copy?")
    LikelyDuplicate.objects.create(
        question=earlier, other=later, score=89, state=DuplicateState.DISMISSED
    )

    assert likely_duplicates([later]) == []
    assert likely_duplicates([earlier]) == []


def test_a_dry_run_records_nothing():
    QuestionFactory(prompt="How do you implement rate limiting in FastAPI?")

    import_document(
        document("How would you implement rate limiting in a FastAPI app?"),
        title="Dry",
        dry_run=True,
    )

    assert not LikelyDuplicate.objects.exists()


def test_it_flags_code_it_could_not_restore_for_staff():
    text = (
        "## What runs where in FastAPI?\n\n```python\n"
        "def routes run in threadpool. async def run on event loop.\n```\n\n"
        "## How do you close a session?\n\n```python\n"
        "def get_db(): db = SessionLocal() try: yield db finally: db.close()\n```\n"
    )

    import_document(text, title="Code", publish=True)

    flagged = Question.objects.get(code_unrestored=True)
    assert flagged.prompt == "What runs where in FastAPI?"
    assert "def routes run in threadpool." in flagged.answer
    restored = Question.objects.get(code_unrestored=False)
    assert "    try:\n        yield db\n    finally:\n" in restored.answer


# --- merging --------------------------------------------------------------------------------


@pytest.fixture
def pair():
    kept = QuestionFactory(prompt="How to deploy FastAPI?", answer="", status=Status.NEEDS_ANSWER)
    duplicate = QuestionFactory(prompt="How to deploy FastAPI on AWS?", answer="Use **ECS**.")
    return LikelyDuplicate.objects.create(question=duplicate, other=kept, score=88)


def test_merging_moves_sources_set_places_and_flags_and_archives_the_duplicate(pair):
    duplicate, kept = pair.question, pair.other
    reference = SourceReferenceFactory(question=duplicate)
    item = SetItemFactory(question=duplicate)
    shared_set = SetItemFactory(question=kept).question_set
    SetItemFactory(question=duplicate, question_set=shared_set)
    flag = Flag.objects.create(question=duplicate, reason="wrong")
    card = CardFactory(question=duplicate)
    staff = UserFactory(is_staff=True)

    merge_questions(duplicate=duplicate, into=kept, by=staff)

    kept.refresh_from_db()
    duplicate.refresh_from_db()
    pair.refresh_from_db()
    assert list(kept.references.all()) == [reference]
    item.refresh_from_db()
    assert item.question == kept
    assert list(shared_set.items.values_list("question", flat=True)) == [kept.pk]
    flag.refresh_from_db()
    assert flag.question == kept
    assert (kept.answer, kept.status) == ("Use **ECS**.", Status.PUBLISHED)
    assert duplicate.status == Status.ARCHIVED
    card.refresh_from_db()
    assert (
        card.question == kept
    )  # people's practice follows (tests/practice/test_merged_questions.py)
    assert (pair.state, pair.resolved_by) == (DuplicateState.MERGED, staff)


def test_merging_is_all_or_nothing(pair, monkeypatch):
    duplicate, kept = pair.question, pair.other
    reference = SourceReferenceFactory(question=duplicate)

    def fail(*args):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("questions.services._fill_blanks", fail)
    with pytest.raises(RuntimeError):
        merge_questions(duplicate=duplicate, into=kept)

    reference.refresh_from_db()
    duplicate.refresh_from_db()
    pair.refresh_from_db()
    assert reference.question == duplicate
    assert duplicate.status == Status.PUBLISHED
    assert pair.state == DuplicateState.PENDING


def test_it_refuses_to_merge_a_question_into_itself_or_an_archived_one(pair):
    with pytest.raises(CannotMerge):
        merge_questions(duplicate=pair.question, into=pair.question)
    pair.other.status = Status.ARCHIVED
    pair.other.save()
    with pytest.raises(CannotMerge):
        merge_questions(duplicate=pair.question, into=pair.other)


# --- the admin queue ------------------------------------------------------------------------


def run_action(client, action: str, pairs):
    selected = [pair.pk for pair in pairs]
    return client.post(CHANGELIST, {"action": action, "_selected_action": selected}, follow=True)


def test_it_lists_pairs_waiting_for_review(client, staff, pair):
    LikelyDuplicate.objects.create(
        question=QuestionFactory(prompt="What is a mutex?"),
        other=QuestionFactory(prompt="What is a lock?"),
        score=90,
        state=DuplicateState.DISMISSED,
    )
    client.force_login(staff)

    response = client.get(CHANGELIST)

    assert response.status_code == 200
    assert "How to deploy FastAPI on AWS?" in response.text
    assert "What is a mutex?" not in response.text


def test_the_merge_action_keeps_the_earlier_question(client, staff, pair):
    client.force_login(staff)

    response = run_action(client, "merge_into_earlier", [pair])

    assert "1 pair(s) merged" in response.text
    pair.refresh_from_db()
    assert pair.state == DuplicateState.MERGED
    assert Question.objects.get(pk=pair.question.pk).status == Status.ARCHIVED
    assert Question.objects.get(pk=pair.other.pk).answer == "Use **ECS**."


def test_the_merge_action_can_keep_the_newer_question(client, staff, pair):
    client.force_login(staff)

    run_action(client, "merge_into_newer", [pair])

    assert Question.objects.get(pk=pair.other.pk).status == Status.ARCHIVED
    assert Question.objects.get(pk=pair.question.pk).status == Status.PUBLISHED


def test_the_dismiss_action_leaves_both_questions(client, staff, pair):
    client.force_login(staff)

    response = run_action(client, "dismiss", [pair])

    assert "1 pair(s) dismissed" in response.text
    pair.refresh_from_db()
    assert (pair.state, pair.resolved_by) == (DuplicateState.DISMISSED, staff)
    assert set(Question.objects.values_list("status", flat=True)) == {
        Status.PUBLISHED,
        Status.NEEDS_ANSWER,
    }


def test_it_keeps_out_staff_without_the_permission(client, pair):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(CHANGELIST).status_code == 403


def test_the_question_page_lists_its_likely_duplicates(client, staff, pair):
    client.force_login(staff)

    newer = client.get(f"/admin/questions/question/{pair.question.pk}/change/")
    earlier = client.get(f"/admin/questions/question/{pair.other.pk}/change/")
    other = client.get(f"/admin/questions/question/{QuestionFactory().pk}/change/")

    link = f'<a href="/admin/questions/likelyduplicate/{pair.pk}/change/">'
    assert f"{link}How to deploy FastAPI?</a> (88%)" in newer.text
    assert f"{link}How to deploy FastAPI on AWS?</a> (88%)" in earlier.text
    assert "None waiting for review." in other.text


def test_a_better_answer_with_code_to_fix_flags_the_question_it_replaces_the_answer_of():
    QuestionFactory(prompt="What runs where in FastAPI?", answer="", status=Status.DRAFT)
    text = (
        "## What runs where in FastAPI?\n\n```python\n"
        "def routes run in threadpool. async def run on event loop.\n```\n"
    )

    import_document(text, title="Code")

    assert Question.objects.get().code_unrestored


def test_an_importer_who_may_not_change_the_bank_leaves_its_flags_alone():
    kept = QuestionFactory(prompt="What runs where in FastAPI?", code_unrestored=True)
    text = "## What runs where in FastAPI?\n\n```python\nx = 1\n```\n"

    import_document(text, title="Code", change_existing=False)

    kept.refresh_from_db()
    assert kept.code_unrestored
