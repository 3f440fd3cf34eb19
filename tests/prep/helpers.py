"""Reading the practice pages the way a user does: what is shown, what the forms send."""

import re
from html.parser import HTMLParser

SESSION_URL = "/practice/session/"
REVEAL_URL = "/practice/reveal/"
LOGIN_URL = "/accounts/login/"


def grade_url(question) -> str:
    return f"/practice/q/{question.slug}/grade/"


def html(response) -> str:
    return response.content.decode()


def shown_prompt(response) -> str | None:
    """The prompt on the flashcard, or None when there is nothing to practise."""
    found = re.findall(r'<h1 class="prompt" id="prompt">(.*?)</h1>', html(response), re.S)
    assert len(found) <= 1
    return found[0].strip() if found else None


def progress_line(response) -> str:
    """ "3 due · 2 new left" above the card."""
    [line] = re.findall(r'<p class="progress-line">(\d+ due · \d+ new left)', html(response))
    return line


def is_card_fragment(response) -> bool:
    text = html(response).strip()
    return text.startswith('<section id="practice-card"') and "<html" not in text


class _FormReader(HTMLParser):
    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields = action, False, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        elif tag == "input" and self.inside and attrs.get("type") == "hidden":
            self.fields[attrs["name"]] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def hidden_fields(response, action: str) -> dict[str, str]:
    """The hidden inputs of the form posting to `action`, as a browser would send them."""
    reader = _FormReader(action)
    reader.feed(html(response))
    assert reader.fields, f"no form posting to {action}"
    return reader.fields
