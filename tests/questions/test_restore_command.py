"""manage.py restore_flattened_code: the bank's flattened answers, restored once."""

from io import StringIO

import pytest
from django.core.management import call_command

from questions.models import Question
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

FLATTENED = (
    "Close it:\n\n```python\ndef get_db(): db = Session() try: yield db finally: db.close()\n```"
)
PROSE = "Routes:\n\n```python\ndef routes run in threadpool. async def run on event loop.\n```"
VALID = "```python\nx = 1\n```"
BASH = "```bash\npip install fastapi && uvicorn main:app\n```"


def run(*args) -> str:
    out = StringIO()
    call_command("restore_flattened_code", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def bank():
    return {
        name: QuestionFactory(prompt=f"Question about {name}?", answer=answer)
        for name, answer in [
            ("flattened", FLATTENED),
            ("prose", PROSE),
            ("valid", VALID),
            ("bash", BASH),
        ]
    }


def answers() -> dict[str, tuple[str, bool]]:
    return {
        q.prompt.split()[-1].rstrip("?"): (q.answer, q.code_unrestored)
        for q in Question.objects.all()
    }


def test_a_dry_run_says_what_would_change_and_changes_nothing(bank):
    before = answers()

    out = run("--dry-run")

    assert f"restored: #{bank['flattened'].pk} Question about flattened?" in out
    assert f"kept, code to fix: #{bank['prose'].pk} Question about prose?" in out
    assert "1 answer(s) would be restored; 1 keep code that could not be restored" in out
    assert answers() == before


def test_it_restores_flattened_answers_and_flags_the_rest(bank):
    out = run()

    assert "1 answer(s) were restored; 1 keep code" in out
    after = answers()
    assert after["flattened"] == (
        "Close it:\n\n```python\ndef get_db():\n    db = Session()\n    try:\n        yield db\n"
        "    finally:\n        db.close()\n```",
        False,
    )
    assert after["prose"] == (PROSE, True)
    assert after["valid"] == (VALID, False)
    assert after["bash"] == (BASH, False)


def test_running_it_again_changes_nothing(bank):
    run()
    before = answers()

    out = run()

    assert "0 answer(s) were restored; 1 keep code" in out
    assert answers() == before
