"""Small documents through the pipeline's pure steps, as the layout tests need them."""

from textwrap import dedent

from questions.importing.cleaning import Draft, clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text


def drafts_of(document: str) -> list[Draft]:
    """Split and clean a document written inline (indented, as in a test)."""
    return [clean_item(item) for item in parse_document(normalise_text(dedent(document))).items]


def prompts(drafts: list[Draft]) -> list[str]:
    return [draft.prompt for draft in drafts]
