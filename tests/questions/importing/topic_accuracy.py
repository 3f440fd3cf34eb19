"""Topic accuracy on the hand-labelled sample of bank questions (topic_labels.json).

The sample: 241 questions of the seed documents (every 4th and every 4th from the third of
the bank in import order), each labelled by reading it, never by running the classifier.
The guess is the importer's own: each seed is parsed and cleaned as an import would, so the
section and the answer count as they do there.

    uv run python -m tests.questions.importing.topic_accuracy   # accuracy and confusions
"""

import json
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).with_name("topic_labels.json")


def guessed_topics() -> dict[tuple[str, str], str | None]:
    """(seed, prompt) -> the topic the importer gives it."""
    from questions.importing import SEEDS_DIR
    from questions.importing.cleaning import clean_item
    from questions.importing.parsing import parse_document
    from questions.importing.reading import read_document

    guesses = {}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for item in parse_document(read_document(path.read_bytes())).items:
            draft = clean_item(item)
            guesses.setdefault((path.name[:3], draft.prompt), draft.topic)
    return guesses


def misses() -> tuple[list[tuple[str, str, str | None]], int]:
    """([(prompt, label, guess)] for the questions guessed wrong, sample size)."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    guesses = guessed_topics()
    wrong = []
    for row in labels:
        guess = guesses[(row["seed"], row["prompt"])]
        if guess != row["topic"]:
            wrong.append((row["prompt"], row["topic"], guess))
    return wrong, len(labels)


def main() -> None:
    wrong, size = misses()
    print(f"topic accuracy: {1 - len(wrong) / size:.1%} of {size} hand-labelled questions")
    confusions = Counter((label, guess) for _, label, guess in wrong)
    for (label, guess), count in confusions.most_common():
        print(f"  {count:3d}  labelled {label:<14} guessed {guess}")
    if "-v" in sys.argv:
        for prompt, label, guess in wrong:
            print(f"  {label:<14} {guess or '-':<14} {prompt}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")
    django.setup()
    main()
