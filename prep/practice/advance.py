"""The card page after a grade, carried forward from the one kept before it.

Working the next card out afresh reads the whole scope (how many cards are due, when the
next one falls due, the new questions left today): two thirds of an HTMX grade's time at
real size. When the page kept before the grade (kept.py) was the user's latest and
showed the card graded, due, the page after it differs by that grade alone: the card
leaves the due count, it may fall due again before anything else does, and the sitting
counts one grade more. The card that comes next is the first of the due cards the page
kept after its own (they were due then, and nothing has changed since but this grade),
or, when it kept none, read with the ones after it (one query); the rest is carried.
"""

import datetime as dt
from dataclasses import replace

from prep.practice import sitting
from prep.practice.kept import Peeked
from prep.practice.models import Review, State
from prep.practice.scopes import Pool, Scope
from prep.practice.sessions import (
    FOLLOWING,
    LEARNING_STATES,
    CardView,
    card_view,
    first_cards,
    keep_card_view,
    showable_cards,
)


def after_grade(
    user, scope: Scope, pool: Pool, before: Peeked | None, review: Review, now: dt.datetime
) -> CardView:
    """The card page after `review`, kept as `card_view` keeps it. `before`: the page kept
    when the grade was given, with the tokens it was kept under (None: none was)."""
    # Carried only when the token this grade dropped is the one the page was kept under:
    # nothing changed between them (another tab's suspension, then its reload, would have
    # dropped that token and kept a new one).
    if before is None or review.followed_kept != before.token:
        return card_view(user, scope, pool, now)
    carried = _carried(user, scope, pool, before.value, review, now)
    # Kept without asking the cache what it holds (this grade dropped the user's token),
    # unless another tab kept a page since: that one read the rows after this grade.
    if carried is None or not keep_card_view(user, scope, carried, now, before.shared):
        return card_view(user, scope, pool, now)
    return carried


def _carried(user, scope, pool, before: CardView, review, now) -> CardView | None:
    """The page after `review`, from `before`; None where it cannot be carried: the card
    graded was not the one shown, or was new (its introduction counts against today's
    limit), or the last one due (a new question, a learning card early or nothing comes
    next: worked out afresh; a card is shown early only when none is due). The card graded
    falls due again in a minute at the soonest (FSRS's first learning step)."""
    shown = before.upcoming
    graded = shown.card
    if (
        graded is None
        or graded.pk != review.card_id
        or review.state_before == State.NEW
        or shown.due_count <= 1
    ):
        return None
    queue = shown.following or first_cards(
        showable_cards(user, scope, pool, now).filter(due__lte=now), 1 + FOLLOWING
    )
    if not queue:
        return None
    card = queue[0]
    following = replace(
        shown,
        question=card.question,
        card=card,
        following=tuple(queue[1:]),
        due_count=shown.due_count - 1,
        learning_count=shown.learning_count - (review.state_before in LEARNING_STATES),
        changes_at=min(shown.changes_at, review.due_after),
    )
    return CardView(following, before.preferences, sitting.with_grade(before.so_far, review))
