"""Reading an export back, for the tests: the ZIP, its JSON files, its Anki collection."""

import csv
import io
import json
import sqlite3
import zipfile

from prep.exports.tasks import build, request_export
from prep.models import DataExport


def prepared(user) -> DataExport:
    """An export asked for and built as the worker builds it (without the queue)."""
    export = request_export(user=user)
    build(export_id=export.pk)
    export.refresh_from_db()
    return export


class Archive:
    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    @classmethod
    def of(cls, export: DataExport) -> "Archive":
        with export.file.open("rb") as file:
            return cls(file.read())

    def names(self) -> set[str]:
        return set(self.zip.namelist())

    def json(self, name: str):
        return json.loads(self.zip.read(name))

    def text(self) -> str:
        """Everything in it, the Anki collection's rows included, to look for leaks."""
        parts = [
            self.zip.read(name).decode()
            for name in self.names()
            if name.endswith(("json", "csv", "txt"))
        ]
        notes = self.anki_notes()
        parts += ["\x1f".join(fields) for fields in notes]
        return "\n".join(parts)

    def csv_rows(self) -> list[dict]:
        return list(csv.DictReader(io.StringIO(self.zip.read("reviews.csv").decode())))

    def anki(self) -> sqlite3.Connection:
        apkg = zipfile.ZipFile(io.BytesIO(self.zip.read("interview-prep.apkg")))
        assert "collection.anki2" in apkg.namelist()
        db = sqlite3.connect(":memory:")
        db.deserialize(apkg.read("collection.anki2"))
        return db

    def anki_notes(self) -> list[list[str]]:
        with self.anki() as db:
            return [
                row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes ORDER BY id")
            ]

    def anki_decks(self) -> dict[int, str]:
        """Deck id -> name, for the decks holding cards."""
        with self.anki() as db:
            decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
            used = {row[0] for row in db.execute("SELECT DISTINCT did FROM cards")}
        return {int(key): deck["name"] for key, deck in decks.items() if int(key) in used}

    def anki_cards_by_deck(self) -> dict[str, list[str]]:
        """Deck name -> the notes' first field (the prompt), in the order of the notes."""
        names = self.anki_decks()
        found: dict[str, list[str]] = {}
        with self.anki() as db:
            rows = db.execute(
                "SELECT cards.did, notes.flds FROM cards JOIN notes ON notes.id = cards.nid "
                "ORDER BY notes.id"
            )
            for deck, fields in rows:
                found.setdefault(names[deck], []).append(fields.split("\x1f")[0])
        return found
