"""How well the importer reads the shape corpus (corpus/*.md beside their *.expected.json;
.txt and .html documents too).

Runs the pipeline's pure steps (read -> parse -> clean, as importer._drafts does) on every
corpus document, without the database, matches the items found to the hand-labelled
questions, and measures:

- recall: expected questions found;
- precision: items found that are expected questions;
- honesty: found questions the document leaves unanswered that are reported as needing
  an answer (a question that was not found is a recall miss, not an honesty one);
- published empty answers: items claimed answered whose expected state is unanswered, or
  whose answer is empty, markup, a link or a placeholder by this module's own check.

    uv run python tests/questions/importing/corpus_measure.py [--code DIR] [-v]

`--code DIR` measures the importer of another checkout (a worktree of the repository):
its `questions` package is imported instead of this one's.

An expected file is {"questions": [{"prompt": ..., "answered": bool, "contains": ...}]}
("contains", optional: a snippet the answer must contain, else it counts as a wrong answer).
"""

import argparse
import difflib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
REPO_ROOT = Path(__file__).resolve().parents[3]
# Two prompts are the same question when their normalised forms are this alike
# (a dropped "Q3." or trailing word is fine; the first line of a wrapped question is not).
SAME_QUESTION = 0.86
CONTAINED = 0.5

GOALS = {"recall": 0.98, "precision": 0.97, "honesty": 0.99}

_TAG = re.compile(r"<[^>\n]{0,200}>")
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_NUMBERING = re.compile(
    r"^(?:(?:q(?:uestion)?|task|problem|card|#)\s*)?\d{1,4}(?:\s*[.):\-]|\s)\s*", re.IGNORECASE
)
_PLACEHOLDERS = re.compile(
    r"^(?:answer\s*)?(?:todo|tbd|tba|fixme|wip|n a|none|coming soon|to be added|to be written|"
    r"to be done|answer here|your answer here|add answer here|add the answer|"
    r"write your answer here|lorem ipsum.*|answer coming soon|will add later|fill in later)$"
)

# What is left of an answer that is only a link once the link is gone.
_LINK_WORDS = set(
    "see read check the official docs documentation here link this more at in".split()
)


def normalise(text: str, numbered: bool = True) -> str:
    """Casefolded words only: markup, quotes, emoji, punctuation and (in a prompt, where
    `numbered`) a leading "Q3." / "12)" removed."""
    text = unicodedata.normalize("NFKC", text)
    text = _LINK.sub(r"\1", _TAG.sub(" ", text))
    text = text.replace("**", " ").replace("__", " ").replace("`", " ")
    if numbered:
        text = _NUMBERING.sub("", text.strip(" \t#*>-•"))
    words = re.findall(r"[^\W_]+", text.casefold())
    return " ".join(words)


def same_question(expected: str, found: str) -> float:
    """How alike two normalised prompts are, 0..1.

    A found prompt that holds the whole expected one and not much more is the same question
    titled by its heading ("Caching: When is a cache dangerous?"); one that holds only part
    of it (a fragment of a wrapped question) is judged by plain likeness.
    """
    if expected == found:
        return 1.0
    if expected and f" {expected} " in f" {found} " and len(expected) >= CONTAINED * len(found):
        return 0.95
    return difflib.SequenceMatcher(None, expected, found, autojunk=False).ratio()


def looks_empty(answer: str) -> bool:
    """This module's own test for an answer that says nothing (not the importer's)."""
    text = _LINK.sub(" ", _TAG.sub(" ", answer))
    text = re.sub(r"https?://\S+|&#?\w{1,8};", " ", text)
    text = re.sub(r"(?i)^\W*(?:answer|a|solution|response)\s*:", " ", text.strip())
    words = re.findall(r"[^\W_]+", text.casefold())
    if set(words) <= _LINK_WORDS:  # "See <url>", "[Read the docs](url)"
        return True
    return bool(_PLACEHOLDERS.match(" ".join(words)))


@dataclass
class Found:
    line: int
    prompt: str
    has_answer: bool
    answer: str


@dataclass
class Expected:
    prompt: str
    answered: bool
    contains: str = ""


@dataclass
class DocumentResult:
    name: str
    expected: list[Expected]
    found: list[Found]
    error: str = ""
    pairs: list[tuple[Expected, Found]] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    extra: list[Found] = field(default_factory=list)

    @property
    def unanswered_found(self) -> list[tuple[Expected, Found]]:
        return [(e, f) for e, f in self.pairs if not e.answered]

    @property
    def honest(self) -> int:
        return sum(not f.has_answer for _, f in self.unanswered_found)

    @property
    def dishonest(self) -> list[tuple[Expected, Found]]:
        return [(e, f) for e, f in self.unanswered_found if f.has_answer]

    @property
    def published_empty(self) -> list[Found]:
        claimed = [f for e, f in self.pairs if f.has_answer and not e.answered]
        return claimed + [
            f for f in self.found if f.has_answer and looks_empty(f.answer) and f not in claimed
        ]

    @property
    def lost_answers(self) -> list[tuple[Expected, Found]]:
        """Answered questions whose answer was dropped (reported as needing one)."""
        return [(e, f) for e, f in self.pairs if e.answered and not f.has_answer]

    @property
    def wrong_answers(self) -> list[tuple[Expected, Found]]:
        def says(answer: str, snippet: str) -> bool:
            return normalise(snippet, numbered=False) in normalise(answer, numbered=False)

        return [
            (e, f)
            for e, f in self.pairs
            if e.answered and e.contains and f.has_answer and not says(f.answer, e.contains)
        ]


def load_expected(path: Path) -> list[Expected]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Expected(q["prompt"], bool(q["answered"]), q.get("contains", "")) for q in data["questions"]
    ]


def corpus_documents(directory: Path = CORPUS_DIR) -> list[Path]:
    """Every document (.md, .txt, .html...) with its expected file beside it."""
    return sorted(
        path
        for path in directory.iterdir()
        if not path.name.endswith(".expected.json") and path.with_suffix(".expected.json").exists()
    )


def use_code(code_dir: Path | None = None) -> None:
    """Import the importer from `code_dir` (a checkout of this repository); set Django up."""
    root = str((code_dir or REPO_ROOT).resolve())
    if root not in sys.path[:1]:
        sys.path.insert(0, root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")
    import django

    django.setup()  # the importer's package imports the models; nothing touches the database


def read_bytes_as_uploaded(path: Path) -> str:
    """The document's text as an upload of it is decoded (a Word page saved as cp1252)."""
    from questions.importing.reading import decode_text

    return decode_text(path.read_bytes())


def find_items(text: str) -> list[Found]:
    """What the importer would import from `text`: parse and clean, as importer._drafts."""
    from questions.importing.cleaning import clean_item
    from questions.importing.parsing import parse_document
    from questions.importing.reading import normalise_text

    found = []
    for item in parse_document(normalise_text(text)).items:
        draft = clean_item(item)
        if draft.prompt:
            # What a user is shown: the outline stands in for a missing answer (as on the
            # question page); a card's prompt is matched by its first paragraph, its title.
            shown = draft.answer or draft.answer_outline
            found.append(Found(draft.line, draft.prompt, draft.has_answer, shown))
    return found


def match(result: DocumentResult) -> None:
    """Pair expected and found questions one to one, most alike first."""
    keys_e = [normalise(e.prompt) for e in result.expected]
    keys_f = [normalise(f.prompt) for f in result.found]
    scores = []
    for i, key_e in enumerate(keys_e):
        for j, key_f in enumerate(keys_f):
            title = normalise(result.found[j].prompt.split("\n\n", 1)[0])
            score = max(same_question(key_e, key_f), same_question(key_e, title))
            if score >= SAME_QUESTION:
                scores.append((score, i, j))
    used_e, used_f = set(), set()
    for _, i, j in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if i in used_e or j in used_f:
            continue
        used_e.add(i)
        used_f.add(j)
        result.pairs.append((result.expected[i], result.found[j]))
    result.missed = [e for i, e in enumerate(result.expected) if i not in used_e]
    result.extra = [f for j, f in enumerate(result.found) if j not in used_f]


def measure_document(path: Path) -> DocumentResult:
    expected = load_expected(path.with_suffix(".expected.json"))
    try:
        found = find_items(read_bytes_as_uploaded(path))
        error = "" if found else "no questions found"
    except Exception as exc:  # a crash is measured as finding nothing, and said
        found, error = [], f"{type(exc).__name__}: {exc}"
    result = DocumentResult(path.stem, expected, found, error)
    match(result)
    return result


def measure(directory: Path = CORPUS_DIR) -> list[DocumentResult]:
    return [measure_document(path) for path in corpus_documents(directory)]


@dataclass
class Totals:
    expected: int
    found: int
    matched: int
    unanswered: int
    honest: int
    published_empty: int
    lost_answers: int
    wrong_answers: int

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def honesty(self) -> float:
        return self.honest / self.unanswered if self.unanswered else 1.0


def totals(results: list[DocumentResult]) -> Totals:
    return Totals(
        expected=sum(len(r.expected) for r in results),
        found=sum(len(r.found) for r in results),
        matched=sum(len(r.pairs) for r in results),
        unanswered=sum(len(r.unanswered_found) for r in results),
        honest=sum(r.honest for r in results),
        published_empty=sum(len(r.published_empty) for r in results),
        lost_answers=sum(len(r.lost_answers) for r in results),
        wrong_answers=sum(len(r.wrong_answers) for r in results),
    )


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def table(results: list[DocumentResult]) -> str:
    header = (
        f"{'document':34} {'exp':>4} {'found':>5} {'recall':>7} {'precis':>7} "
        f"{'honest':>7} {'empty':>5} {'lost':>4} {'wrong':>5}"
    )
    rows = [header, "-" * len(header)]
    for r in [*results, None]:
        t = totals(results if r is None else [r])
        name = "TOTAL" if r is None else r.name[:34]
        if r is None:
            rows.append("-" * len(header))
        rows.append(
            f"{name:34} {t.expected:4} {t.found:5} {_pct(t.recall):>7} {_pct(t.precision):>7} "
            f"{_pct(t.honesty):>7} {t.published_empty:5} {t.lost_answers:4} {t.wrong_answers:5}"
        )
    return "\n".join(rows)


def misses(results: list[DocumentResult], verbose: bool = False) -> str:
    out = []
    for r in results:
        notes = []
        if r.error:
            notes.append(f"  ERROR {r.error}")
        notes += [f"  missed       {e.prompt[:110]!r}" for e in r.missed]
        notes += [f"  not expected L{f.line} {f.prompt[:110]!r}" for f in r.extra]
        notes += [f"  dishonest    L{f.line} {f.prompt[:70]!r}" for _, f in r.dishonest]
        notes += [
            f"  empty answer L{f.line} {f.prompt[:60]!r}: {f.answer[:50]!r}"
            for f in r.published_empty
            if f not in [d for _, d in r.dishonest]
        ]
        if verbose:
            notes += [f"  lost answer  L{f.line} {f.prompt[:80]!r}" for _, f in r.lost_answers]
            notes += [
                f"  wrong answer L{f.line} {f.prompt[:60]!r} lacks {e.contains!r}"
                for e, f in r.wrong_answers
            ]
        if notes:
            out += [r.name, *notes]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, help="a checkout whose importer to measure")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="also lost/wrong answers")
    args = parser.parse_args(argv)
    use_code(args.code)
    results = measure(args.corpus)
    t = totals(results)
    print(table(results))
    print()
    print(misses(results, args.verbose) or "No misses.")
    print()
    print(
        f"recall {_pct(t.recall)} (goal {GOALS['recall']:.0%}), "
        f"precision {_pct(t.precision)} (goal {GOALS['precision']:.0%}), "
        f"honesty {_pct(t.honesty)} (goal {GOALS['honesty']:.0%}), "
        f"published empty answers {t.published_empty} (goal 0); "
        f"{len(results)} documents, {t.expected} questions, {t.unanswered} found unanswered"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
