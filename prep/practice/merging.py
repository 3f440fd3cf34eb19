"""When staff merge a duplicate question into another, people's practice follows it."""

from django.db.models import Exists, OuterRef

from prep.practice.models import Bookmark, Card, Note, Review


def follow_merge(sender, *, duplicate, into, **kwargs) -> None:
    """Cards (with their reviews), bookmarks and notes on `duplicate` move to `into`.

    A user who already has a card on `into` keeps that schedule; the duplicate's card stays
    on the archived question with its history (two schedules do not add up to one). A note
    on both is kept as one note, the kept question's first.
    """
    on_into = {"user": OuterRef("user"), "question": into}
    cards = Card.objects.filter(question=duplicate).exclude(Exists(Card.objects.filter(**on_into)))
    moving = list(cards.values_list("pk", flat=True))
    Review.objects.filter(card_id__in=moving).update(question=into)
    Card.objects.filter(pk__in=moving).update(question=into)

    bookmarks = Bookmark.objects.filter(question=duplicate)
    bookmarks.exclude(Exists(Bookmark.objects.filter(**on_into))).update(question=into)
    bookmarks.delete()  # what is left: the user has bookmarked the kept question already

    notes = Note.objects.filter(question=duplicate)
    kept = {
        note.user_id: note
        for note in Note.objects.filter(question=into, user__in=notes.values("user"))
    }
    for note in notes.filter(user__in=kept):
        kept[note.user_id].text = f"{kept[note.user_id].text}\n\n{note.text}"
        kept[note.user_id].save(update_fields=["text", "updated"])
    notes.filter(user__in=kept).delete()
    notes.update(question=into)
