"""Question sets: build, share, clone, export; and what each kind of visitor may see."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from questions.importing import import_document
from questions.models import Question, QuestionSet, SetItem, SetShare, Status, Visibility
from tests.factories import QuestionFactory, QuestionSetFactory, SetItemFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = "The secret answer is consistent hashing."


def page(response) -> str:
    return response.content.decode()


@pytest.fixture
def kit(interviewer, topic):
    """An interviewer's link-shared interview set: a bank question and a private one."""
    kit = QuestionSetFactory(
        owner=interviewer, title="Onsite kit", visibility=Visibility.LINK, answers_visible=False
    )
    bank = QuestionFactory(topic=topic, prompt="What is a B-tree?", answer="A balanced tree.")
    private = QuestionFactory(
        owner=interviewer,
        topic=topic,
        prompt="How would you shard the sessions table?",
        answer=SECRET,
        red_flags="Shards by date",
    )
    SetItemFactory(question_set=kit, question=bank, position=0)
    SetItemFactory(question_set=kit, question=private, position=1)
    return kit


# --- who sees what -------------------------------------------------------------------


def test_it_lists_only_public_sets_in_the_directory(client, interviewer):
    QuestionSetFactory(owner=interviewer, title="Public kit", visibility=Visibility.PUBLIC)
    QuestionSetFactory(owner=interviewer, title="Link kit", visibility=Visibility.LINK)
    QuestionSetFactory(owner=interviewer, title="Private kit", visibility=Visibility.PRIVATE)

    directory = page(client.get("/sets/"))

    assert "Public kit" in directory
    assert "Link kit" not in directory and "Private kit" not in directory


@pytest.mark.parametrize("who", ["anonymous", "candidate", "other_interviewer", "staff"])
def test_it_hides_a_private_set_from_everyone_but_its_owner(client, interviewer, who):
    private = QuestionSetFactory(owner=interviewer, visibility=Visibility.PRIVATE)
    if who != "anonymous":
        client.force_login(
            {
                "candidate": UserFactory,
                "other_interviewer": lambda: _interviewer(),
                "staff": lambda: UserFactory(is_staff=True),
            }[who]()
        )

    for url in ("", "export.md", "export.csv"):
        assert client.get(f"{private.get_absolute_url()}{url}").status_code == 404


def _interviewer():
    from tests.factories import make_interviewer

    return make_interviewer(UserFactory())


def test_it_404s_for_unknown_and_malformed_set_ids(client, user):
    client.force_login(user)

    assert client.get("/sets/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get("/sets/not-a-uuid/").status_code == 404


def test_it_shows_an_interview_set_to_the_link_holder_without_answers(client, user, kit):
    client.force_login(user)

    response = client.get(kit.get_absolute_url())
    question = client.get(Question.objects.get(answer=SECRET).get_absolute_url())
    export = page(client.get(f"{kit.get_absolute_url()}export.md"))

    assert response.status_code == 200
    assert "How would you shard the sessions table?" in page(response)
    assert SECRET not in page(response) and "Shards by date" not in page(response)
    assert "A balanced tree." not in page(response)  # the kit hides even bank answers
    assert question.status_code == 200 and SECRET not in page(question)
    assert "How would you shard" in export and SECRET not in export
    assert SetShare.objects.filter(user=user, question_set=kit).exists()


def test_it_shows_the_owner_the_answers_and_rubric(client, interviewer, kit):
    client.force_login(interviewer)

    response = page(client.get(kit.get_absolute_url()))

    assert SECRET in response and "Shards by date" in response
    assert "Share link" in response


def test_it_shares_answers_of_a_study_set(client, user, kit):
    kit.answers_visible = True
    kit.save()
    client.force_login(user)

    assert SECRET in page(client.get(kit.get_absolute_url()))


# --- building a set ------------------------------------------------------------------


def test_it_creates_a_set_once_when_the_form_is_submitted_twice(client, user):
    client.force_login(user)
    form = client.get("/sets/new/")
    token = page(form).split('name="public_id" value="')[1].split('"')[0]
    data = {"public_id": token, "title": "Async week", "visibility": "private"}
    data["description"] = "For **Tuesday**."

    first = client.post("/sets/new/", data)
    second = client.post("/sets/new/", data)

    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    assert QuestionSet.objects.filter(owner=user).count() == 1


@pytest.mark.parametrize(
    ("title", "error"),
    [
        ("", "This field is required."),
        ("   ", "This field is required."),
        ("x" * 10_000, "at most 200 characters"),
    ],
)
def test_it_explains_a_bad_title_and_creates_nothing(client, user, title, error):
    client.force_login(user)

    response = client.post("/sets/new/", {"title": title, "visibility": "private"})

    assert response.status_code == 200
    assert error in page(response)
    assert not QuestionSet.objects.exists()


def test_it_lets_only_interviewers_publish_to_the_directory(client, user, interviewer):
    client.force_login(user)
    refused = client.post("/sets/new/", {"title": "Mine", "visibility": "public"})
    client.force_login(interviewer)
    allowed = client.post("/sets/new/", {"title": "Theirs", "visibility": "public"})

    assert "Only interviewers can publish" in page(refused)
    assert allowed.status_code == 302
    assert list(QuestionSet.objects.values_list("title", flat=True)) == ["Theirs"]


def test_it_adds_a_question_from_the_bank_once(client, user, question):
    mine = QuestionSetFactory(owner=user, title="Mine")
    client.force_login(user)
    data = {"question": question.slug, "set": str(mine.public_id), "next": "/questions/"}

    first = client.post("/sets/add/", data)
    again = client.post("/sets/add/", data, follow=True)

    assert first.status_code == 302 and first.url == "/questions/"
    assert "Already in “Mine”" in page(again)
    assert mine.items.count() == 1


def test_it_adds_to_a_new_set_made_in_place_with_htmx(client, user, question, htmx):
    client.force_login(user)

    response = client.post(
        "/sets/add/", {"question": question.slug, "new_title": "Fresh list"}, **htmx
    )

    assert response.status_code == 200
    assert "Added to “Fresh list”" in page(response)
    assert "<html" not in page(response)
    assert QuestionSet.objects.get(owner=user).items.get().question == question


def test_it_never_adds_to_someone_elses_set_or_an_invisible_question(client, user, outsider):
    theirs = QuestionSetFactory(owner=outsider)
    hidden = QuestionFactory(owner=outsider)
    public = QuestionFactory()
    client.force_login(user)

    into_theirs = client.post("/sets/add/", {"question": public.slug, "set": str(theirs.public_id)})
    hidden_one = client.post("/sets/add/", {"question": hidden.slug, "new_title": "Mine"})

    assert (into_theirs.status_code, hidden_one.status_code) == (404, 404)
    assert not SetItem.objects.exists()
    assert not QuestionSet.objects.filter(owner=user).exists()


def test_a_bank_rows_add_to_set_fetches_the_users_own_sets_when_it_opens(
    client, user, outsider, question, htmx
):
    QuestionSetFactory(owner=user, title="Mine")
    QuestionSetFactory(owner=outsider, title="Theirs")
    client.force_login(user)
    listing = page(client.get("/questions/?q="))
    assert "Choose a set for this question" in listing and "Mine" not in listing

    url = f"/sets/add/?question={question.slug}&next=/questions/%3Fq%3D"
    fragment = page(client.get(url, **htmx))
    whole = page(client.get(url))

    assert "<html" not in fragment and "<html" in whole
    for html in (fragment, whole):
        assert ">Mine (0)</option>" in html and "Theirs" not in html
        assert 'name="next" value="/questions/?q="' in html


def test_the_add_to_set_form_is_404_for_a_question_the_user_cannot_see(client, user, outsider):
    hidden = QuestionFactory(owner=outsider)
    client.force_login(user)

    assert client.get(f"/sets/add/?question={hidden.slug}").status_code == 404


def test_the_add_to_set_form_never_sends_the_user_to_another_site(client, user, question):
    client.force_login(user)

    html = page(client.get(f"/sets/add/?question={question.slug}&next=https://evil.example/"))

    assert "evil.example" not in html
    assert f'name="next" value="{question.get_absolute_url()}"' in html


def test_it_asks_for_a_set_when_none_is_chosen_or_named(client, user, question):
    client.force_login(user)

    response = client.post("/sets/add/", {"question": question.slug, "new_title": " "}, follow=True)

    assert "Choose one of your sets, or name a new one." in page(response)
    assert not QuestionSet.objects.exists()


def test_it_moves_items_and_says_so_at_the_ends(client, user):
    mine = QuestionSetFactory(owner=user)
    first, second = QuestionFactory(prompt="First?"), QuestionFactory(prompt="Second?")
    mine.append(first)
    mine.append(second)
    client.force_login(user)
    url = f"{mine.get_absolute_url()}q/{second.slug}/move/"

    client.post(url, {"direction": "up"})
    at_top = client.post(url, {"direction": "up"}, follow=True)

    assert mine.ordered_question_ids() == [second.pk, first.pk]
    assert "already at that end" in page(at_top)


def test_it_reorders_by_drag_only_with_every_item_named_once(client, user):
    mine = QuestionSetFactory(owner=user)
    questions = [QuestionFactory() for _ in range(3)]
    for question in questions:
        mine.append(question)
    client.force_login(user)
    url = f"{mine.get_absolute_url()}order/"

    client.post(url, {"order": [q.slug for q in reversed(questions)]})
    broken = client.post(url, {"order": [questions[0].slug]}, follow=True)

    assert mine.ordered_question_ids() == [q.pk for q in reversed(questions)]
    assert "reload it" in page(broken)


def test_it_removes_an_item_only_for_the_owner(client, user, outsider, question):
    mine = QuestionSetFactory(owner=user, visibility=Visibility.PUBLIC)
    mine.append(question)
    url = f"{mine.get_absolute_url()}q/{question.slug}/remove/"

    client.force_login(outsider)
    refused = client.post(url)
    client.force_login(user)
    removed = client.post(url)

    assert (refused.status_code, removed.status_code) == (404, 302)
    assert not mine.items.exists()
    assert Question.objects.filter(pk=question.pk).exists()


# --- private questions ---------------------------------------------------------------


def test_it_lets_an_interviewer_write_a_private_question_with_a_rubric(client, interviewer, topic):
    kit = QuestionSetFactory(owner=interviewer)
    client.force_login(interviewer)
    data = {
        "prompt": "Design a rate limiter.",
        "answer": "Token bucket per key.",
        "what_it_tests": "Trade-offs",
        "answer_outline": "- buckets\n- storage",
        "red_flags": "- global lock",
        "topic": topic.pk,
        "level": "senior",
    }

    response = client.post(f"{kit.get_absolute_url()}questions/new/", data)

    question = kit.items.get().question
    assert response.status_code == 302
    assert (question.owner, question.author, question.status) == (
        interviewer,
        interviewer,
        Status.PUBLISHED,
    )
    assert question not in Question.objects.bank()


def test_it_refuses_an_empty_prompt_and_saves_nothing(client, interviewer):
    kit = QuestionSetFactory(owner=interviewer)
    client.force_login(interviewer)

    response = client.post(
        f"{kit.get_absolute_url()}questions/new/", {"prompt": "  ", "level": "mid"}
    )

    assert response.status_code == 200
    assert "This field is required." in page(response)
    assert not Question.objects.exists()


def test_it_keeps_candidates_from_writing_private_questions(client, user):
    mine = QuestionSetFactory(owner=user)
    client.force_login(user)

    response = client.post(f"{mine.get_absolute_url()}questions/new/", {"prompt": "Mine?"})

    assert response.status_code == 403
    assert not Question.objects.exists()


def test_it_submits_a_private_question_for_review(client, interviewer, kit):
    private = Question.objects.get(answer=SECRET)
    client.force_login(interviewer)

    client.post(f"{kit.get_absolute_url()}q/{private.slug}/submit/")

    private.refresh_from_db()
    assert private.status == Status.PENDING_REVIEW
    assert private not in Question.objects.bank()


# --- clone and export ----------------------------------------------------------------


def test_it_clones_an_interview_set_with_prompt_only_copies_of_private_questions(
    client, user, interviewer, kit
):
    client.force_login(user)

    response = client.post(f"{kit.get_absolute_url()}clone/")

    copy = QuestionSet.objects.get(owner=user)
    assert response.status_code == 302 and response.url == copy.get_absolute_url()
    assert (copy.cloned_from, copy.visibility) == (kit, Visibility.PRIVATE)
    bank_item, private_item = copy.items.order_by("position")
    assert bank_item.question.owner is None
    assert private_item.question.owner == user
    assert private_item.question.answer == ""
    assert private_item.question.author == interviewer
    assert Question.objects.get(answer=SECRET).owner == interviewer


def test_it_exports_markdown_our_importer_reads_back(client, interviewer, topic):
    kit = QuestionSetFactory(owner=interviewer, title="Round trip")
    for n in range(3):
        kit.append(
            QuestionFactory(
                topic=topic,
                prompt=f"How does the cache layer number {n} expire keys?",
                answer=f"With a TTL of {n} minutes, refreshed on read.",
            )
        )
    client.force_login(interviewer)

    exported = client.get(f"{kit.get_absolute_url()}export.md")
    result = import_document(page(exported), title="Re-import", dry_run=True)

    assert exported["Content-Disposition"] == 'attachment; filename="round-trip.md"'
    totals = result.report["totals"]
    assert (totals["found"], totals["merged"], totals["needs_answer"]) == (3, 3, 0)
    assert {item["duplicate_of"] for item in result.report["items"]} == set(
        kit.questions.values_list("prompt", flat=True)
    )


def test_it_exports_csv_that_a_spreadsheet_cannot_run(client, user):
    mine = QuestionSetFactory(owner=user)
    mine.append(QuestionFactory(prompt="=HYPERLINK(evil) what?"))
    client.force_login(user)

    csv = page(client.get(f"{mine.get_absolute_url()}export.csv"))

    assert (
        csv.splitlines()[0]
        == "number,prompt,topic,level,answer,what_it_tests,answer_outline,red_flags"
    )
    assert "'=HYPERLINK(evil) what?" in csv


# --- speed ---------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["owner", "visitor"])
def test_it_shows_a_set_in_constant_queries(client, django_assert_max_num_queries, user, who):
    mine = QuestionSetFactory(owner=user, visibility=Visibility.PUBLIC)
    if who == "owner":
        client.force_login(user)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(mine.get_absolute_url()).status_code == 200
        return len(queries)

    for _ in range(5):
        mine.append(QuestionFactory())
    small = count()
    SetItem.objects.bulk_create(
        SetItem(question_set=mine, question=q, position=10 + n)
        for n, q in enumerate(QuestionFactory.create_batch(495))
    )
    with django_assert_max_num_queries(small):
        response = client.get(mine.get_absolute_url())
    assert "500 questions" in page(response)


def test_it_shows_add_to_set_on_every_bank_row_in_constant_queries(
    client, django_assert_max_num_queries, user, topic
):
    QuestionSetFactory(owner=user)
    client.force_login(user)
    QuestionFactory.create_batch(2, topic=topic)
    with CaptureQueriesContext(connection) as small:
        client.get("/questions/")
    QuestionFactory.create_batch(30, topic=topic)
    QuestionSetFactory.create_batch(5, owner=user)

    with django_assert_max_num_queries(len(small)):
        response = client.get("/questions/")
    assert page(response).count("Add to set</summary>") == 20


# --- moderation ----------------------------------------------------------------------


def test_staff_approve_a_submitted_question_into_the_bank_crediting_its_author(
    admin_client, interviewer, kit
):
    private = Question.objects.get(answer=SECRET)
    private.status = Status.PENDING_REVIEW
    private.save()

    response = admin_client.post(
        "/admin/questions/question/",
        {"action": "approve", "_selected_action": [private.pk]},
        follow=True,
    )

    private.refresh_from_db()
    assert "1 question(s) joined the public bank" in page(response)
    assert (private.owner, private.author, private.status) == (None, interviewer, Status.PUBLISHED)
    assert private in Question.objects.bank()
    assert kit.items.filter(question=private).exists()


def test_staff_cannot_approve_a_duplicate_of_a_bank_question(admin_client, interviewer, topic):
    QuestionFactory(prompt="What is a B-tree index?", topic=topic)
    copy = QuestionFactory(
        prompt="What is a B-tree index?", owner=interviewer, status=Status.PENDING_REVIEW
    )

    response = admin_client.post(
        "/admin/questions/question/",
        {"action": "approve", "_selected_action": [copy.pk]},
        follow=True,
    )

    copy.refresh_from_db()
    assert "already in the bank" in page(response)
    assert copy.owner == interviewer and copy.status == Status.PENDING_REVIEW


def test_staff_reject_with_a_reason_the_author_sees(admin_client, client, interviewer, kit):
    private = Question.objects.get(answer=SECRET)
    private.status = Status.PENDING_REVIEW
    private.save()
    data = {"action": "reject", "_selected_action": [private.pk]}

    asked = admin_client.post("/admin/questions/question/", data)
    done = admin_client.post(
        "/admin/questions/question/", {**data, "apply": "1", "reason": "Too close to Q12."}
    )
    client.force_login(interviewer)
    edit = client.get(f"{kit.get_absolute_url()}q/{private.slug}/edit/")

    private.refresh_from_db()
    assert "Reason" in page(asked)
    assert done.status_code == 302
    assert (private.status, private.owner) == (Status.PUBLISHED, interviewer)
    assert "Too close to Q12." in page(edit)
    assert "not taken into the bank" in page(client.get(kit.get_absolute_url()))


def test_it_lists_the_moderation_queue_for_staff(admin_client, interviewer):
    QuestionFactory(prompt="Waiting one?", owner=interviewer, status=Status.PENDING_REVIEW)
    QuestionFactory(prompt="Published one?")

    queue = page(admin_client.get("/admin/questions/question/?status__exact=pending_review"))

    assert "Waiting one?" in queue and "Published one?" not in queue


def test_it_refuses_an_overlong_description_or_answer_with_a_clear_error(client, interviewer):
    client.force_login(interviewer)
    kit = QuestionSetFactory(owner=interviewer)

    described = client.post(
        "/sets/new/", {"title": "Long", "visibility": "private", "description": "x" * 5_001}
    )
    answered = client.post(
        f"{kit.get_absolute_url()}questions/new/",
        {"prompt": "Fine?", "answer": "y" * 20_001, "level": "mid"},
    )

    assert "at most 5000 characters" in page(described)
    assert "at most 20000 characters" in page(answered)
    assert QuestionSet.objects.count() == 1 and not Question.objects.exists()
