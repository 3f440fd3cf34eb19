"""Panels that higher apps add to pages of this app, so questions never imports them.

Practice adds the signed-in user's bookmark and note to the question page, and
"Practise this set" to a set's page. A provider takes the request and the object
shown and returns HTML, or "" for nothing.
"""

from collections.abc import Callable

from django.http import HttpRequest
from django.utils.safestring import SafeString

PanelProvider = Callable[[HttpRequest, object], SafeString]

_providers: dict[str, list[PanelProvider]] = {"question": [], "set": []}


def _register(page: str, provider: PanelProvider) -> PanelProvider:
    if provider not in _providers[page]:
        _providers[page].append(provider)
    return provider


def register_question_panel(provider: PanelProvider) -> PanelProvider:
    return _register("question", provider)


def register_set_panel(provider: PanelProvider) -> PanelProvider:
    return _register("set", provider)


def _panels(page: str, request: HttpRequest, shown) -> list[SafeString]:
    return [html for provider in _providers[page] if (html := provider(request, shown))]


def question_panels(request: HttpRequest, question) -> list[SafeString]:
    return _panels("question", request, question)


def set_panels(request: HttpRequest, question_set) -> list[SafeString]:
    return _panels("set", request, question_set)
