"""Panels that higher apps add to pages of this app, so questions never imports them.

Practice adds the signed-in user's bookmark and note to the question page, "Practise
this set" to a set's page and "Practise these" to the bank's results. A provider takes
the request and the object shown (for the bank: its filter form) and returns HTML, or ""
for nothing.

Practice also lends the bank its filters by the user's own state ("due", "bookmarked"):
a `BankState` narrows a question QuerySet with the user's practice rows, so the bank
filters by them without reading practice's tables itself.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.safestring import SafeString

PanelProvider = Callable[[HttpRequest, object], SafeString]

_providers: dict[str, list[PanelProvider]] = {"question": [], "set": [], "bank": []}


@dataclass(frozen=True)
class BankState:
    """One "my state" filter of the bank: `narrow(questions, user)` keeps those in it."""

    value: str
    label: str
    narrow: Callable[[QuerySet, object], QuerySet]


_bank_states: dict[str, BankState] = {}


def register_bank_state(value: str, label: str):
    def register(narrow: Callable[[QuerySet, object], QuerySet]):
        _bank_states[value] = BankState(value, label, narrow)
        return narrow

    return register


def bank_states() -> list[BankState]:
    return list(_bank_states.values())


def _register(page: str, provider: PanelProvider) -> PanelProvider:
    if provider not in _providers[page]:
        _providers[page].append(provider)
    return provider


def register_question_panel(provider: PanelProvider) -> PanelProvider:
    return _register("question", provider)


def register_set_panel(provider: PanelProvider) -> PanelProvider:
    return _register("set", provider)


def register_bank_panel(provider: PanelProvider) -> PanelProvider:
    return _register("bank", provider)


def _panels(page: str, request: HttpRequest, shown) -> list[SafeString]:
    return [html for provider in _providers[page] if (html := provider(request, shown))]


def question_panels(request: HttpRequest, question) -> list[SafeString]:
    return _panels("question", request, question)


def set_panels(request: HttpRequest, question_set) -> list[SafeString]:
    return _panels("set", request, question_set)


def bank_panels(request: HttpRequest, page) -> list[SafeString]:
    return _panels("bank", request, page)
