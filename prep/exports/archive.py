"""The export as one ZIP file, written entry by entry without holding any list in memory."""

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string

from prep.exports import anki, content

ANKI_NAME = "interview-prep.apkg"


def _dumps(value) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)


def _text_entry(archive: zipfile.ZipFile, name: str) -> io.TextIOWrapper:
    # force_zip64: the size is unknown until the end, and a long history may pass 2 GiB.
    return io.TextIOWrapper(archive.open(name, "w", force_zip64=True), encoding="utf-8", newline="")


def _write_list(archive: zipfile.ZipFile, name: str, rows: Iterable[dict]) -> None:
    """A JSON array, one object per line, written as the rows arrive."""
    with _text_entry(archive, name) as out:
        out.write("[")
        separator = "\n"
        for row in rows:
            out.write(separator + _dumps(row))
            separator = ",\n"
        out.write("\n]\n")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet runs a cell that starts like a formula: keep it text.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _write_reviews_csv(archive: zipfile.ZipFile, user) -> None:
    columns = [*content.REVIEW_FIELDS, "prompt"]
    with _text_entry(archive, "reviews.csv") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in content.reviews(user, with_prompt=True):
            writer.writerow([_cell(row[column]) for column in columns])


def write_archive(user, target: Path, *, now) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt", render_to_string("prep/export_readme.txt", {"user": user, "now": now})
        )
        archive.writestr("profile.json", _dumps(content.profile(user, now=now)) + "\n")
        archive.writestr("preferences.json", _dumps(content.preferences(user)) + "\n")
        for name, rows in content.LISTS.items():
            _write_list(archive, f"{name}.json", rows(user))
        _write_reviews_csv(archive, user)
        with tempfile.TemporaryDirectory() as folder:
            package = Path(folder) / ANKI_NAME
            anki.write_package(user, package, timestamp=now.timestamp())
            archive.write(package, ANKI_NAME)
