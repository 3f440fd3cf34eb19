"""When two prompts ask the same question.

Prompts are compared by their content words: case, punctuation, markdown, plurals
and question scaffolding ("What is X?" / "Explain X." / "How does X work?") do not
count, word order does not count either unless a direction word ("to", "from",
"into") makes it matter. Code names count as written: "get_form()" and
"get_form_class()", or "asyncio.gather" and "asyncio.wait", are different questions.
Prompts with too few content words left ("Difference between is and ==") are
compared by their whole wording instead, so different short questions are never
lumped together.
"""

import hashlib
import re

WEAK_WORDS = set(
    "a an the of in on at for with by and or vs versus between difference differences compare "
    "comparison what whats is are was were be been being how does do did can could would should "
    "will shall why when where which who explain describe define definition mean meaning "
    "understand tell me about please briefly brief give example examples use used using usage "
    "work works working purpose main key role your you we i it its this that these those some "
    "any there their them they s concept concepts mechanism".split()
)
DIRECTION_WORDS = {"to", "from", "into", "onto"}


def _stem(word: str) -> str:
    if "." in word or "_" in word:
        return word  # a code name is spelt exactly
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


# Code names stay whole: "get_form()" is not "get_form_class()", "asyncio.gather" is not
# "asyncio.wait". A dunder name is the concept it names ("__slots__" asks about slots).
IDENTIFIER = re.compile(r"[^\W\d]\w+(?:\.[^\W\d]\w+)+|[^\W\d_]\w*_\w*[^\W_]|[^\W_]+")


def content_words(prompt: str) -> list[str]:
    text = prompt.casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<!\w)__([^\W_]+)__(?!\w)", r"\1", text)
    return IDENTIFIER.findall(text)


def identifiers(prompt: str) -> set[str]:
    """The code names a prompt asks about ("asyncio.gather", "get_form_class")."""
    return {word for word in content_words(prompt) if "." in word or "_" in word}


def prompt_key(prompt: str) -> str:
    words = content_words(prompt)
    kept = [_stem(w) for w in words if w not in WEAK_WORDS and w not in DIRECTION_WORDS]
    if len(set(kept)) < 2 and not any("." in word or "_" in word for word in kept):
        return "=" + " ".join(words)
    if DIRECTION_WORDS & set(words):
        return " ".join(kept)
    return " ".join(sorted(set(kept)))


def prompt_fingerprint(prompt: str) -> str:
    """A key equal for prompts that ask the same question in other words."""
    return hashlib.sha256(prompt_key(prompt).encode()).hexdigest()
