"""Interview documents -> questions in the bank (see ../shared/DESIGN.md, the import pipeline).

read (reading.py) -> split (parsing.py) -> clean (cleaning.py) -> match (matching.py)
-> write (importer.py). Each step is a plain function, testable alone.
"""

from pathlib import Path

from questions.importing.importer import ImportResult, import_document
from questions.importing.reading import DocumentError

SEEDS_DIR = Path(__file__).resolve().parent.parent / "content" / "seeds"
SEED_TITLES = {
    "000": "tezvyn: Backend Dev bites",
    "001": "tezvyn: Backend Dev bites (pasted without headers)",
    "002": "70 FastAPI Interview Questions and Answers (2026)",
    "003": "Learnixo: Python & FastAPI Interview Questions — Junior to Senior",
    "004": "Python / FastAPI / databases / system design question collection",
}

__all__ = ["SEEDS_DIR", "DocumentError", "ImportResult", "import_bundled_seeds", "import_document"]


def import_bundled_seeds(stdout=None) -> list[ImportResult]:
    """Import the seed documents that ship with the project, published."""
    results = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        title = SEED_TITLES.get(path.name[:3], path.stem)
        result = import_document(path.read_bytes(), title=title, publish=True)
        results.append(result)
        if stdout is not None:
            totals = result.report["totals"]
            stdout.write(
                f"Imported {path.name}: {totals['created']} new, {totals['merged']} merged, "
                f"{totals['needs_answer']} need an answer."
            )
    return results
