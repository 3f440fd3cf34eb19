"""Server time of a 500-question set: its page (owner and visitor), a move, a drag reorder."""

import random

import pytest
from django.test import Client

from questions.models import Question, SetItem, Status, Visibility
from tests.factories import QuestionSetFactory, TopicFactory, UserFactory
from tests.perf.test_practice_speed import median_ms

pytestmark = pytest.mark.django_db
ITEMS = 500


@pytest.fixture
def big_set():
    owner = UserFactory()
    topic = TopicFactory()
    questions = Question.objects.bulk_create(
        Question(
            slug=f"set-bench-{n}",
            prompt=f"Set benchmark question {n}: how does it work?",
            answer="Like **this**, with `code`.",
            topic=topic,
            status=Status.PUBLISHED,
            fingerprint=f"set-bench-{n}",
        )
        for n in range(ITEMS)
    )
    question_set = QuestionSetFactory(owner=owner, visibility=Visibility.PUBLIC)
    SetItem.objects.bulk_create(
        SetItem(question_set=question_set, question=q, position=n) for n, q in enumerate(questions)
    )
    return question_set


def test_bench_a_set_of_500_questions(big_set):
    owner, visitor = Client(), Client()
    owner.force_login(big_set.owner)
    url = big_set.get_absolute_url()
    assert owner.get(url).status_code == visitor.get(url).status_code == 200

    owner_page = median_ms(lambda: owner.get(url), runs=9)
    visitor_page = median_ms(lambda: visitor.get(url), runs=9)
    slugs = list(big_set.items.values_list("question__slug", flat=True))

    def move():
        response = owner.post(f"{url}q/{slugs[250]}/move/", {"direction": "up"})
        assert response.status_code == 302

    def reorder():
        random.shuffle(slugs)
        response = owner.post(f"{url}order/", {"order": slugs})
        assert response.status_code == 302

    moved = median_ms(move, runs=9)
    reordered = median_ms(reorder, runs=9)
    print(
        f"\n{ITEMS}-question set: owner page {owner_page:.0f} ms, visitor page "
        f"{visitor_page:.0f} ms, move {moved:.0f} ms, drag reorder {reordered:.0f} ms "
        "(medians, test client)"
    )
