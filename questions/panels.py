"""Panels that higher apps add to the question page, so questions never imports them.

Practice adds the signed-in user's bookmark and note; interviews may add more. A
provider takes the request and the question and returns HTML, or "" for nothing.
"""

from collections.abc import Callable

from django.http import HttpRequest
from django.utils.safestring import SafeString

PanelProvider = Callable[[HttpRequest, object], SafeString]

_providers: list[PanelProvider] = []


def register_question_panel(provider: PanelProvider) -> PanelProvider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def question_panels(request: HttpRequest, question) -> list[SafeString]:
    return [html for provider in _providers if (html := provider(request, question))]
