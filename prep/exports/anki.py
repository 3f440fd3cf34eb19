"""An Anki package (.apkg) of the questions a user keeps: their bookmarks and their sets.

One subdeck per set, under "Interview Prep". Front: the prompt; back: the answer, both as
the sanitised HTML the site shows. An answer the user may not read here stays out.
"""

import hashlib
import html
import itertools
import sqlite3
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import genanki
from django.conf import settings
from django.contrib.staticfiles import finders

from questions.markdown import render_markdown
from questions.models import Question, QuestionSet

ROOT_DECK = "Interview Prep"
# Fixed, so that importing a newer export updates the same note type in Anki.
MODEL_ID = 1_607_392_319
HIDDEN_ANSWER = "<p><em>The answer of this question is not shared with you.</em></p>"
CSS = """
.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; line-height: 1.5; }
pre { background: rgba(127, 127, 127, 0.12); padding: 0.6em; overflow-x: auto; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; }
.topic { color: #777; font-size: 0.8em; }
"""


@cache
def _model() -> genanki.Model:
    # The site's code colours (scoped to .markdown), so code reads the same in Anki.
    with open(finders.find("css/pygments.css"), encoding="utf-8") as styles:
        css = CSS + styles.read()
    return genanki.Model(
        MODEL_ID,
        "Interview Prep question",
        fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Topic"}, {"name": "Link"}],
        templates=[
            {
                "name": "Prompt and answer",
                "qfmt": '<div class="topic">{{Topic}}</div><div class="markdown">{{Prompt}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="markdown">{{Answer}}</div>'
                "<p>{{Link}}</p>",
            }
        ],
        css=css,
    )


def _stable_id(*parts: str) -> int:
    """Anki wants ids between 2^30 and 2^31; the same deck gets the same id every time."""
    digest = hashlib.sha256("/".join(parts).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _note(question, deck_key: str) -> genanki.Note:
    url = settings.SITE_URL.rstrip("/") + question.get_absolute_url()
    answer = render_markdown(question.shown_answer) if question.answer_shown else HIDDEN_ANSWER
    tags = [question.topic.slug] if question.topic else []
    return genanki.Note(
        model=_model(),
        fields=[
            render_markdown(question.prompt),
            answer,
            html.escape(question.topic.name) if question.topic else "",
            f'<a href="{html.escape(url)}">Open in Interview Prep</a>',
        ],
        tags=[*tags, question.level],
        # One note per question and deck: importing a newer export updates it in place.
        guid=genanki.guid_for("interview-prep", deck_key, question.slug),
    )


def _deck(name: str, key: str, questions) -> genanki.Deck:
    deck = genanki.Deck(_stable_id(key), name)
    for question in questions:
        deck.add_note(_note(question, key))
    return deck


def decks(user) -> list[genanki.Deck]:
    readable = (
        Question.objects.visible_to(user)
        .with_answer_access(user)
        .select_related("topic")
        .defer("search_vector")
    )
    bookmarked = readable.filter(bookmarks__user=user).order_by("bookmarks__created", "pk")
    found = [_deck(f"{ROOT_DECK}::Bookmarks", f"bookmarks/{user.public_id}", bookmarked)]
    names = {found[0].name}
    for question_set in QuestionSet.objects.filter(owner=user).order_by("created", "pk"):
        title = " ".join(question_set.title.replace("::", ":").split()) or "Untitled set"
        name = f"{ROOT_DECK}::{title}"
        for number in itertools.count(2):
            if name not in names:
                break
            name = f"{ROOT_DECK}::{title} ({number})"
        names.add(name)
        questions = readable.filter(set_items__question_set=question_set).order_by(
            "set_items__position", "set_items__pk"
        )
        found.append(_deck(name, f"set/{question_set.public_id}", questions))
    return found


def write_package(user, target: Path, *, timestamp: float) -> None:
    """Write the .apkg: a zip holding the SQLite collection (and no media)."""
    package = genanki.Package(decks(user))
    # genanki's own write_to_file leaves its SQLite file behind in /tmp; this one does not.
    with tempfile.TemporaryDirectory() as folder:
        collection = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(collection)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as apkg:
            apkg.write(collection, "collection.anki2")
            apkg.writestr("media", "{}")
