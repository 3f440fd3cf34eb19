"""Authorisation matrix: every URL pattern of the site, for every role, with GET and POST.

The patterns come from the URL resolver, so a new URL fails `test_every_url_pattern_has_an_entry`
until it gets an entry in MATRIX below (and an entry whose pattern is gone fails too).

Each entry fills the pattern's arguments with real objects of one fixture set (a candidate's
private set, an interviewer's private question, a running interview, a signed invitation...)
and says what each role gets, for GET and for an empty POST (the test client does not
enforce CSRF). The owner's objects are requested by everyone else, so "not the owner" always
means "someone else's real object", never a made-up id.

Besides the status codes, every response (except the admin's pages for staff) is checked
for marker strings planted in private objects (a note, a private set's title, an
interviewer's private notes...): a role not allowed to read one never gets it in a body.
Every request runs in a savepoint that is rolled back afterwards, so each one sees the same
fixtures; before the rollback, whatever belongs to anyone other than the requesting role is
compared with how it was: nobody changes someone else's data, with any GET or POST.

The Django admin's own patterns (those Django implements, generated for each ModelAdmin)
are one group, `in_admin_group`: each is filled with a real object and requested by
anonymous, a candidate and an interviewer (nobody owns anything in the admin, so one of
each kind stands for the others), who are sent to a login page or refused and change
nothing; staff get no server error. Views an app adds under /admin/ need their own entry.
"""

import dataclasses
import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from urllib.parse import urlencode

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY as AUTHENTICATION_METHODS_USER_SESSION_KEY,
)
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from accounts.models import INTERVIEWERS_GROUP, User
from prep.interviews import services
from prep.interviews.invitations import invitation_token
from prep.interviews.models import MockAnswer, MockInterview, Recommendation
from prep.models import DataExport, ExportStatus
from prep.practice import reminders
from prep.practice.models import Bookmark, Card, Note, Preferences, Review
from prep.practice.scopes import Scope
from prep.practice.sessions import preferences_for
from questions.models import (
    DocumentImport,
    ImportStatus,
    Question,
    QuestionSet,
    SetItem,
    SetShare,
    Visibility,
)
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    NoteFactory,
    QuestionFactory,
    QuestionSetFactory,
    ReviewFactory,
    SetItemFactory,
    SourceReferenceFactory,
    TopicFactory,
    UserFactory,
    make_interviewer,
)

pytestmark = pytest.mark.django_db

# --- roles ------------------------------------------------------------------------------

ANON = "anonymous"
CAND = "candidate"
OTHER_CAND = "other candidate"
INT = "interviewer"
OTHER_INT = "other interviewer"
STAFF = "staff"
ROLES = (ANON, CAND, OTHER_CAND, INT, OTHER_INT, STAFF)
SIGNED_IN = ROLES[1:]
METHODS = ("GET", "POST")

# --- markers: private text planted in the fixtures, and who may read it --------------------

CANDIDATE_NAME = "Cara Qx7candidate"
CANDIDATE_EMAIL = "cara.qx7@example.com"
CANDIDATE_SECOND_EMAIL = "cara.second.qx7@example.com"
CANDIDATE_NOTE = "Qx7-candidate-private-note"
CANDIDATE_SET = "Qx7 candidate private set"
CANDIDATE_SET_DESCRIPTION = "Qx7-candidate-set-description"
CANDIDATE_TYPED = "Qx7-candidate-typed-answer"
CANDIDATE_SOLO = "Qx7-candidate-solo-answer"
CANDIDATE_LIVE = "Qx7-candidate-live-answer"
OTHER_NOTE = "Qx7-other-candidate-note"
INTERVIEWER_PROMPT = "Qx7 interviewer private prompt"
INTERVIEWER_ANSWER = "Qx7-interviewer-private-answer"
HIDDEN_ANSWER = "Qx7-interviewer-hidden-answer"
KIT_DESCRIPTION = "Qx7-interviewer-kit-description"
PRIVATE_NOTES = "Qx7-interviewer-private-notes"
UNSENT_SUMMARY = "Qx7-unsent-summary"
UNSENT_NOTES = "Qx7-unsent-notes-for-candidate"
SENT_SUMMARY = "Qx7-sent-summary"

MARKERS: dict[str, frozenset[str]] = {
    CANDIDATE_NAME: frozenset({CAND, INT}),  # the interviewer sees who they interview
    CANDIDATE_EMAIL: frozenset({CAND, INT}),  # ...and the address they invited
    CANDIDATE_SECOND_EMAIL: frozenset({CAND}),
    CANDIDATE_NOTE: frozenset({CAND}),
    CANDIDATE_SET: frozenset({CAND}),
    CANDIDATE_SET_DESCRIPTION: frozenset({CAND}),
    CANDIDATE_TYPED: frozenset({CAND}),
    CANDIDATE_SOLO: frozenset({CAND}),
    CANDIDATE_LIVE: frozenset({CAND, INT}),  # typed in the interviewer's interview
    OTHER_NOTE: frozenset({OTHER_CAND}),
    INTERVIEWER_PROMPT: frozenset({INT, CAND}),  # asked in the candidate's interviews
    INTERVIEWER_ANSWER: frozenset({INT}),
    HIDDEN_ANSWER: frozenset({INT}),  # in a public set that hides its answers
    KIT_DESCRIPTION: frozenset({INT}),
    PRIVATE_NOTES: frozenset({INT}),
    UNSENT_SUMMARY: frozenset({INT}),  # the candidate reads it once the scorecard is sent
    UNSENT_NOTES: frozenset({INT}),
    SENT_SUMMARY: frozenset({INT, CAND}),
}

# --- outcomes -------------------------------------------------------------------------------

LOGIN_PATH = "/accounts/login/"
LOGIN = "login"  # 302 to the login page
OK = "ok"  # the page, a fragment, a redirect elsewhere, "no change", or a form's errors
ADMIN_DENIED = "admin denied"  # 302 to a login page (or the admin index), 403 or 404
NO_5XX = "no server error"
OK_STATUSES = {200, 204, 301, 302, 400}

Outcome = str | int | frozenset
Expect = dict[str, tuple[Outcome, Outcome]]  # role -> (GET, POST)


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(LOGIN_PATH)


def matches(response, outcome: Outcome) -> bool:
    status = response.status_code
    if outcome == LOGIN:
        return is_login_redirect(response)
    if outcome == OK:
        return status in OK_STATUSES and not is_login_redirect(response)
    if outcome == ADMIN_DENIED:
        if status in (403, 404):
            return True
        location = response.get("Location", "")
        return status == 302 and (
            location.startswith(("/admin/login/", LOGIN_PATH)) or location == "/admin/"
        )
    if outcome == NO_5XX:
        return status < 500
    if isinstance(outcome, frozenset):
        return status in outcome
    return status == outcome


def everyone(get: Outcome, post: Outcome) -> Expect:
    """The same for every role, signed in or not."""
    return dict.fromkeys(ROLES, (get, post))


def signed_in(get: Outcome = OK, post: Outcome = OK, *, anonymous=(LOGIN, LOGIN)) -> Expect:
    """Any signed-in user (their own data only); anonymous goes to the login page."""
    return {ANON: anonymous} | dict.fromkeys(SIGNED_IN, (get, post))


def only(
    *owners: str,
    get: Outcome = OK,
    post: Outcome = OK,
    others: Outcome = 404,
    anonymous: Outcome = LOGIN,
) -> Expect:
    """An owner-only resource: `owners` get `get`/`post`, every other signed-in role
    `others`, anonymous `anonymous` (the login page, or a 404 where the view has no login).

    A method the view does not take (405) is 405 for everyone signed in: the method is
    checked before the object is looked up, so it says nothing about whose it is.
    """

    def outcome(role: str, mine: Outcome) -> Outcome:
        if mine == 405:
            if role == ANON and anonymous != LOGIN:
                return 405
            return LOGIN if role == ANON else 405
        if role == ANON:
            return anonymous
        return mine if role in owners else others

    return {role: (outcome(role, get), outcome(role, post)) for role in ROLES}


def staff_admin(get: Outcome = NO_5XX, post: Outcome = NO_5XX) -> Expect:
    return dict.fromkeys(ROLES[:-1], (ADMIN_DENIED, ADMIN_DENIED)) | {STAFF: (get, post)}


# --- the fixture set --------------------------------------------------------------------------


@dataclasses.dataclass
class World:
    users: dict[str, User | None]
    bank: Question  # published, public bank: in the candidate's set, with their note
    bank2: Question
    private_q: Question  # the interviewer's, only in their private interview kit
    shared_q: Question  # the interviewer's, in their public set that hides answers
    candidate_set: QuestionSet  # private
    kit: QuestionSet  # the interviewer's private interview set
    public_set: QuestionSet  # the interviewer's, public, answers hidden
    scheduled: MockInterview  # accepted by the candidate, not started
    pending: MockInterview  # invited the candidate's address, not accepted yet
    running: MockInterview
    finished: MockInterview  # completed, scorecard not sent
    sent: MockInterview  # completed, scorecard sent
    solo: MockInterview  # the candidate's own, completed, not rated
    data_export: DataExport  # the candidate's, ready, its file holding their private note
    email_key: str  # confirms the candidate's second address
    reset_uid: str  # the candidate's password reset link
    reset_key: str
    document_import: DocumentImport  # staff's, its preview waiting for confirmation
    markers: dict[str, frozenset[str]]  # MARKERS and the candidate's recovery codes


def build_world() -> World:
    now = timezone.now()
    candidate = UserFactory(
        email=CANDIDATE_EMAIL, display_name=CANDIDATE_NAME, timezone="Asia/Tokyo"
    )
    other = UserFactory(display_name="Otto Othercandidate")
    interviewer = make_interviewer(UserFactory(display_name="Ines Interviewer"))
    other_interviewer = make_interviewer(UserFactory(display_name="Ivo Otherinterviewer"))
    staff = UserFactory(is_staff=True, is_superuser=True, display_name="Stella Staff")
    users = {
        ANON: None,
        CAND: candidate,
        OTHER_CAND: other,
        INT: interviewer,
        OTHER_INT: other_interviewer,
        STAFF: staff,
    }

    topic = TopicFactory()
    bank = QuestionFactory(topic=topic, prompt="How does the bank question work?")
    bank2 = QuestionFactory(topic=topic, prompt="How does the second bank question work?")
    private_q = QuestionFactory(
        topic=topic,
        owner=interviewer,
        author=interviewer,
        prompt=f"{INTERVIEWER_PROMPT}: what does the GIL protect?",
        answer=INTERVIEWER_ANSWER,
        # Its own outline: without one, the scorecard's outline is drawn from the answer.
        answer_outline="- Names the interpreter state",
        red_flags="- Qx7 says the GIL makes code thread safe",
    )
    shared_q = QuestionFactory(
        topic=topic,
        owner=interviewer,
        author=interviewer,
        prompt="How would you shard a job queue?",
        answer=HIDDEN_ANSWER,
    )
    SourceReferenceFactory(question=bank)  # something for the admin's suggestions and sources

    candidate_set = QuestionSetFactory(
        owner=candidate, title=CANDIDATE_SET, description=CANDIDATE_SET_DESCRIPTION
    )
    SetItemFactory(question_set=candidate_set, question=bank, position=0)
    SetItemFactory(question_set=candidate_set, question=bank2, position=1)
    kit = QuestionSetFactory(
        owner=interviewer,
        title="Qx7 backend kit",
        description=KIT_DESCRIPTION,
        answers_visible=False,
    )
    SetItemFactory(question_set=kit, question=private_q, position=0)
    SetItemFactory(question_set=kit, question=bank, position=1)
    public_set = QuestionSetFactory(
        owner=interviewer,
        title="Qx7 public kit",
        visibility=Visibility.PUBLIC,
        answers_visible=False,
    )
    SetItemFactory(question_set=public_set, question=shared_q, position=0)
    SetItemFactory(question_set=public_set, question=bank2, position=1)

    NoteFactory(user=candidate, question=bank, text=CANDIDATE_NOTE)
    NoteFactory(user=other, question=bank, text=OTHER_NOTE)
    BookmarkFactory(user=candidate, question=bank)
    card = CardFactory(user=candidate, question=bank, due=now - dt.timedelta(hours=1))
    ReviewFactory(card=card, typed_answer=CANDIDATE_TYPED)
    preferences = preferences_for(candidate)
    preferences.target_set = candidate_set
    preferences.save()

    def hosted(*, accept=True, begin=False, finish=False) -> MockInterview:
        interview, _ = services.schedule(
            interviewer=interviewer,
            question_set=kit,
            email=candidate.email,
            scheduled_at=now + dt.timedelta(days=1),
            seconds_per_question=300,
        )
        if accept:
            services.accept(interview=interview, user=candidate, now=now)
        if begin:
            services.begin(interview=interview, now=now)
            services.save_typed_answer(
                interview=interview, position=0, text=CANDIDATE_LIVE, now=now
            )
            interview.answers.filter(position=0).update(private_notes=PRIVATE_NOTES)
        if finish:
            services.finish(interview=interview, now=now)
        interview.refresh_from_db()
        return interview

    scheduled = hosted()
    pending = hosted(accept=False)
    running = hosted(begin=True)
    finished = hosted(begin=True, finish=True)
    finished.summary = UNSENT_SUMMARY
    finished.save()
    finished.answers.update(notes=UNSENT_NOTES, score=3)
    sent = hosted(begin=True, finish=True)
    sent.answers.update(notes="Qx7 notes the candidate reads", score=3)
    sent.summary, sent.recommendation = SENT_SUMMARY, Recommendation.YES
    sent.save()
    assert services.send_scorecard(interview=sent, now=now)
    sent.refresh_from_db()

    solo = services.start_solo(
        user=candidate,
        title="Qx7 solo run",
        questions=[bank, bank2],
        seconds_per_question=60,
        now=now,
    )
    services.save_typed_answer(interview=solo, position=0, text=CANDIDATE_SOLO, now=now)
    services.finish(interview=solo, now=now)
    solo.refresh_from_db()

    data_export = DataExport(
        user=candidate, status=ExportStatus.READY, finished=now, size=len(CANDIDATE_NOTE)
    )
    data_export.file.save("export.zip", ContentFile(CANDIDATE_NOTE.encode()), save=False)
    data_export.save()
    document_import = DocumentImport.objects.create(
        requested_by=staff,
        title="Qx7 team notes",
        text="### Q1. What is a coroutine?\nA: A function that can pause.\n",
        checksum="0" * 64,
        status=ImportStatus.PREVIEW_READY,
        preview={"source": "Qx7 team notes", "items": [], "totals": {"found": 1}, "skipped": []},
    )

    second = EmailAddress.objects.create(
        user=candidate, email=CANDIDATE_SECOND_EMAIL, verified=False, primary=False
    )
    TOTP.activate(candidate, generate_totp_secret())
    codes = RecoveryCodes.activate(candidate).get_unused_codes()
    return World(
        users=users,
        bank=bank,
        bank2=bank2,
        private_q=private_q,
        shared_q=shared_q,
        candidate_set=candidate_set,
        kit=kit,
        public_set=public_set,
        scheduled=scheduled,
        pending=pending,
        running=running,
        finished=finished,
        sent=sent,
        solo=solo,
        data_export=data_export,
        email_key=EmailConfirmationHMAC(second).key,
        reset_uid=user_pk_to_url_str(candidate),
        reset_key=default_token_generator.make_token(candidate),
        document_import=document_import,
        markers=MARKERS | dict.fromkeys(codes, frozenset({CAND})),
    )


# --- the table ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Case:
    key: str  # "namespace:name", or the route of an unnamed pattern
    expect: Expect
    kwargs: Callable[[World], dict] = lambda w: {}
    query: Callable[[World], str] = lambda w: ""
    note: str = ""
    # Markers this case may show to anyone: the URL itself is the secret that grants it.
    shown_to_holder: frozenset[str] = frozenset()
    # What anyone may change with this URL (labels of StateProbe): the URL is the secret.
    may_change: frozenset[str] = frozenset()
    # A pattern shadowed by an earlier one with the same route: the key of the one that answers.
    answered_by: str | None = None


def set_id(attr: str) -> Callable[[World], dict]:
    return lambda w: {"public_id": getattr(w, attr).public_id}


def interview(attr: str, **extra) -> Callable[[World], dict]:
    return lambda w: {"public_id": getattr(w, attr).public_id, **extra}


def slug(attr: str) -> Callable[[World], dict]:
    return lambda w: {"slug": getattr(w, attr).slug}


def set_item(set_attr: str, question_attr: str) -> Callable[[World], dict]:
    return lambda w: {
        "public_id": getattr(w, set_attr).public_id,
        "slug": getattr(w, question_attr).slug,
    }


INVITATION = {
    ANON: (200, 403),  # the page says to sign in; accepting needs the invited account
    CAND: (200, OK),  # the invited address: may accept
    OTHER_CAND: (200, 403),
    INT: (302, 302),  # the host is sent to the console
    OTHER_INT: (200, 403),
    STAFF: (200, 403),
}

MATRIX: list[Case] = [
    # --- public pages ---
    Case("home", everyone(200, 405)),
    Case("questions:list", everyone(200, 405)),
    Case("questions:detail", everyone(200, 405), slug("bank"), note="a bank question"),
    Case(
        "questions:detail",
        only(INT, post=405, anonymous=404),
        slug("private_q"),
        note="the interviewer's private question: theirs alone (no login needed to get a 404)",
    ),
    Case(
        "questions:detail",
        everyone(200, 405),
        slug("shared_q"),
        note="a private question in its owner's public set: readable, answer hidden",
    ),
    Case("sets:index", everyone(200, 405)),
    # --- practice ---
    Case("progress:dashboard", signed_in(OK, 405)),
    Case("progress:settings", signed_in(OK, OK)),
    Case("progress:onboarding", signed_in(OK, OK), note="each their own preferences"),
    Case("progress:follow_plan", signed_in(405, OK), note="each their own daily limit"),
    Case("progress:reminder_offer", signed_in(405, OK)),
    Case("practice:undo", signed_in(405, OK), note="a user's own latest grade only"),
    Case("practice:bury", only(CAND, get=405), kwargs=slug("bank"), note="the candidate's card"),
    Case("practice:suspend", only(CAND, get=405), kwargs=slug("bank"), note="the candidate's card"),
    Case("practice:unsuspend", signed_in(405, OK), kwargs=slug("bank"), note="own cards only"),
    Case("practice:flag", signed_in(405, OK), kwargs=slug("bank")),
    Case(
        "progress:unsubscribe",
        everyone(200, 200),
        kwargs=lambda w: {"token": reminders.unsubscribe_token(w.users[CAND])},
        note="the candidate's link from a reminder email: whoever holds it may stop them",
        shown_to_holder=frozenset({CANDIDATE_EMAIL}),
        may_change=frozenset({"candidate: preferences"}),
    ),
    Case("practice:home", signed_in(OK, 405)),
    Case("practice:session", signed_in(OK, 405), note="due reviews: everyone their own"),
    Case(
        "practice:session",
        only(CAND, post=405),
        query=lambda w: f"?scope=set:{w.candidate_set.public_id}",
        note="the candidate's private set as the scope",
    ),
    Case(
        "practice:session",
        only(INT, post=405),
        query=lambda w: f"?scope=set:{w.kit.public_id}",
        note="the interviewer's private kit as the scope",
    ),
    Case(
        "practice:session",
        signed_in(OK, 405),
        query=lambda w: f"?scope=question:{w.bank.slug}",
        note="practise this: one bank question",
    ),
    Case(
        "practice:session",
        only(INT, post=405),
        query=lambda w: f"?scope=question:{w.private_q.slug}",
        note="practise this: the interviewer's private question",
    ),
    Case(
        "practice:session",
        signed_in(OK, 405),
        query=lambda w: (
            "?" + urlencode({"scope": str(Scope.for_search("Mixed", [w.private_q.pk, w.bank.pk]))})
        ),
        note="practise these, naming a private question: only its owner is shown it",
    ),
    Case(
        "practice:session",
        signed_in(OK, 405),
        query=lambda w: f"?scope=topics:{w.bank.topic.slug},{w.private_q.topic.slug}",
        note="several topics at once (my topics): everyone their own cards, visible questions",
    ),
    Case(
        "practice:session",
        signed_in(OK, 405),
        query=lambda w: f"?scope=ahead:topic:{w.bank.topic.slug}",
        note="study ahead in a topic: everyone their own cards",
    ),
    Case(
        "practice:session",
        only(CAND, post=405),
        query=lambda w: f"?scope=ahead:set:{w.candidate_set.public_id}",
        note="study ahead in the candidate's private set",
    ),
    Case("practice:these", signed_in(OK, 405), note="practise these: the bank's matches"),
    Case("practice:reveal", signed_in(405, 404), note="an empty POST names no question: 404"),
    Case("practice:study_more", signed_in(405, OK)),
    Case("practice:grade", signed_in(405, OK), slug("bank")),
    Case("practice:grade", only(INT, get=405), slug("private_q")),
    Case("practice:grade", signed_in(405, OK), slug("shared_q"), note="answer stays hidden"),
    Case("practice:bookmark", signed_in(405, OK), slug("bank"), note="each their own bookmark"),
    Case("practice:bookmark", only(INT, get=405), slug("private_q")),
    Case("practice:note", signed_in(OK, OK), slug("bank"), note="each their own note"),
    Case("practice:note", only(INT), slug("private_q")),
    # --- question sets ---
    Case("sets:create", signed_in(OK, OK)),
    Case("sets:add", signed_in(404, 404), note="no question named (GET is its form): 404"),
    Case("sets:detail", only(CAND, post=405, anonymous=404), set_id("candidate_set")),
    Case("sets:detail", only(INT, post=405, anonymous=404), set_id("kit")),
    Case("sets:detail", everyone(200, 405), set_id("public_set"), note="answers hidden"),
    Case("sets:edit", only(CAND), set_id("candidate_set")),
    Case("sets:delete", only(CAND, get=405), set_id("candidate_set")),
    Case("sets:clone", only(CAND, get=405), set_id("candidate_set")),
    Case("sets:clone", signed_in(405, OK), set_id("public_set"), note="anyone may clone it"),
    Case(
        "sets:export",
        only(CAND, post=405, anonymous=404),
        lambda w: {"public_id": w.candidate_set.public_id, "fmt": "md"},
    ),
    Case(
        "sets:export",
        only(INT, post=405, anonymous=404),
        lambda w: {"public_id": w.kit.public_id, "fmt": "csv"},
    ),
    Case(
        "sets:export",
        everyone(200, 405),
        lambda w: {"public_id": w.public_set.public_id, "fmt": "md"},
        note="a public set: without the hidden answers",
    ),
    Case("sets:reorder", only(CAND, get=405), set_id("candidate_set")),
    Case("sets:new_question", only(INT), set_id("kit")),
    Case(
        "sets:new_question",
        only(CAND, get=403, post=403),
        set_id("candidate_set"),
        note="a candidate writes no questions, even in their own set: 403",
    ),
    Case("sets:remove", only(CAND, get=405), set_item("candidate_set", "bank")),
    Case("sets:move", only(CAND, get=405), set_item("candidate_set", "bank")),
    Case("sets:edit_question", only(INT), set_item("kit", "private_q")),
    Case("sets:submit", only(INT, get=405), set_item("kit", "private_q")),
    # --- mock interviews: lists and scheduling ---
    Case("interviews:index", signed_in(OK, 405)),
    Case("interviews:start", signed_in(OK, 400), note="GET goes to the index; empty POST: 400"),
    Case(
        "interviews:schedule",
        only(INT, OTHER_INT, STAFF, others=403),
        note="interviewers only (staff are superusers, so they hold the permission)",
    ),
    Case(
        "interviews:invitation",
        INVITATION,
        lambda w: {"token": invitation_token(w.pending)},
        note="the link is the secret: anyone may read it, only the invited address accepts",
    ),
    Case(
        "interviews:invitation",
        everyone(404, 404),
        lambda w: {"token": "not-a-signed-token"},
        note="a forged link",
    ),
    # --- the candidate's side ---
    Case("interviews:room", only(CAND, post=405), interview("running")),
    Case("interviews:room", only(CAND, post=405), interview("scheduled"), note="waiting room"),
    Case("interviews:room", only(CAND, post=405), interview("solo"), note="to its review"),
    Case(
        "interviews:poll",
        only(CAND, post=405) | {ANON: (LOGIN, 405)},
        interview("running"),
        note="no version: the full view",
    ),
    Case(
        "interviews:poll",
        only(CAND, post=405) | {ANON: (LOGIN, 405)},
        interview("running"),
        query=lambda w: f"?v={w.running.version}",
        note="the current version: 204 for the candidate, the full view (404) for others",
    ),
    Case("interviews:answer", only(CAND, get=405), interview("running")),
    Case("interviews:answer", only(CAND, get=405), interview("solo")),
    Case("interviews:review", only(CAND, post=405), interview("solo")),
    Case("interviews:review", only(CAND, post=405), interview("running"), note="to the room"),
    Case("interviews:rate", only(CAND, get=405), interview("solo", position=0)),
    Case(
        "interviews:rate",
        only(get=405),
        interview("sent", position=0),
        note="an interviewer's interview has nothing to rate: 404 for its candidate too",
    ),
    Case("interviews:scorecard", only(INT, CAND, post=405), interview("sent")),
    Case(
        "interviews:scorecard",
        only(INT, post=405),
        interview("finished"),
        note="not sent yet: the interviewer's preview only",
    ),
    Case("interviews:scorecard", only(post=405), interview("solo"), note="solo: none"),
    # --- the interviewer's console ---
    Case("interviews:console", only(INT, post=405), interview("running")),
    Case("interviews:console", only(INT, post=405), interview("pending")),
    Case(
        "interviews:console_poll",
        only(INT, post=405) | {ANON: (LOGIN, 405)},
        interview("running"),
    ),
    Case(
        "interviews:console_poll",
        only(INT, post=405) | {ANON: (LOGIN, 405)},
        interview("running"),
        query=lambda w: f"?v={w.running.version}&a={w.running.answer_version}",
        note="the current versions: 204 for the interviewer, the full view (404) for others",
    ),
    Case("interviews:begin", only(INT, get=405), interview("scheduled")),
    Case("interviews:assess", only(INT, get=405), interview("running")),
    Case("interviews:assess", only(INT, get=405), interview("finished")),
    Case("interviews:finish", only(INT, get=405), interview("running")),
    Case("interviews:save_scorecard", only(INT, get=405), interview("finished")),
    Case("interviews:reschedule", only(INT), interview("scheduled")),
    Case("interviews:cancel", only(INT, get=405), interview("scheduled")),
    Case("interviews:resend", only(INT, get=405), interview("pending")),
    Case(
        "interviews:console",
        only(post=405),
        interview("solo"),
        note="a solo interview has no console, not even for its candidate",
    ),
    # --- accounts: ours ---
    Case("accounts:profile", signed_in(OK, OK)),
    Case(
        "accounts/signup/",
        signed_in(302, 302, anonymous=(200, 200)),
        note="our wrapper of allauth's sign-up: the form, or away if signed in",
    ),
    # --- accounts: allauth ---
    Case(
        "account_signup",
        signed_in(302, 302, anonymous=(200, 200)),
        note="shadowed: the same route reaches our wrapper first",
        answered_by="accounts/signup/",
    ),
    Case("account_login", signed_in(302, 302, anonymous=(200, 200))),
    Case("account_logout", signed_in(200, 302, anonymous=(302, 302))),
    Case("account_inactive", everyone(200, 405)),
    Case("account_reauthenticate", signed_in(200, 200)),
    Case(
        "delete_account",
        signed_in(200, OK),
        note="each their own account; deleting asks for the password again and a ticked box",
    ),
    Case("account_email", signed_in(200, 302), note="each their own addresses"),
    # --- your data: exports ---
    Case("export:index", signed_in(OK, 405)),
    Case("export:prepare", signed_in(405, OK), note="each their own export, queued"),
    Case(
        "export:detail",
        only(CAND, post=405),
        lambda w: {"public_id": w.data_export.public_id},
    ),
    Case(
        "export:download",
        only(CAND, post=405),
        lambda w: {"public_id": w.data_export.public_id},
        note="the file holds the candidate's private note",
    ),
    Case("account_email_verification_sent", everyone(200, 405)),
    Case("account_change_password", signed_in(200, 200)),
    Case("account_set_password", signed_in(302, 302), note="they have one: to change it"),
    Case("account_reset_password", everyone(200, 200)),
    Case("account_reset_password_done", everyone(200, 405)),
    Case("account_reset_password_from_key_done", everyone(200, 405)),
    Case(
        "account_confirm_login_code",
        signed_in(302, 302),
        note="no code was sent: to the login page, or home if signed in",
    ),
    Case(
        "account_confirm_email",
        everyone(200, 302),
        lambda w: {"key": w.email_key},
        note="the candidate's link: the key is the secret, and whoever holds it confirms "
        "the address (then goes to the login page): allauth's design",
        shown_to_holder=frozenset({CANDIDATE_SECOND_EMAIL, CANDIDATE_NAME}),
        may_change=frozenset({"candidate: email addresses"}),
    ),
    Case(
        "account_reset_password_from_key",
        everyone(OK, OK),
        lambda w: {"uidb36": w.reset_uid, "key": w.reset_key},
        note="the candidate's reset link: the key is the secret",
    ),
    # --- two-factor (allauth.mfa): each their own authenticators ---
    Case("mfa_index", signed_in(200, 405)),
    Case(
        "mfa_authenticate",
        signed_in(302, 302),
        note="no sign-in waiting for a code: to the login page, or home if signed in",
    ),
    Case("mfa_reauthenticate", signed_in(OK, OK)),
    Case("mfa_activate_totp", signed_in(OK, OK)),
    Case("mfa_deactivate_totp", only(CAND), note="only the candidate has an authenticator"),
    Case("mfa_view_recovery_codes", only(CAND, post=405)),
    Case("mfa_generate_recovery_codes", signed_in(OK, OK)),
    Case(
        "mfa_download_recovery_codes",
        only(CAND) | {CAND: (OK, 405)},
        note="others get the 404 before the method is checked",
    ),
]


# The admin's own patterns: those under admin/ that Django itself implements.
def in_admin_group(route: str, callback) -> bool:
    return route.startswith("admin/") and callback.__module__.startswith("django.")


ADMIN_CASES: list[Case] = [
    Case(
        "admin:questions_source_import",
        staff_admin(get=200, post=200),
        note="the importer: staff only; an empty POST shows the form's errors",
    ),
    Case(
        "admin:questions_source_import_status",
        staff_admin(get=200, post=405),
        lambda w: {"public_id": w.document_import.public_id},
        note="staff's own import: progress, preview or result (another's: 404, in its tests)",
    ),
    Case(
        "admin:questions_source_import_confirm",
        staff_admin(get=405, post=302),
        lambda w: {"public_id": w.document_import.public_id},
        note="confirming queues the import and goes back to its page",
    ),
    Case(
        "admin:questions_source_import_cancel",
        staff_admin(get=405, post=302),
        lambda w: {"public_id": w.document_import.public_id},
    ),
    Case(
        "admin:questions_source_import_retry",
        staff_admin(get=405, post=302),
        lambda w: {"public_id": w.document_import.public_id},
        note="not failed: nothing to retry, back to its page",
    ),
]


# --- the URL resolver ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Pattern:
    key: str
    route: str
    name: str | None
    callback: Callable


def url_patterns(resolver=None, prefix: str = "", namespace: str = "") -> list[Pattern]:
    """Every pattern the site answers, with its full route and its namespaced name."""
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            found += url_patterns(entry, route, inner)
        else:
            assert isinstance(entry, URLPattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            found.append(Pattern(name or route, route, name, entry.callback))
    return found


def patterns_by_key() -> dict[str, Pattern]:
    patterns = url_patterns()
    keys = [p.key for p in patterns]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"patterns sharing a name (key the table by route): {duplicates}"
    return {p.key: p for p in patterns}


def admin_group() -> list[Pattern]:
    return [p for p in url_patterns() if in_admin_group(p.route, p.callback)]


def case_url(case: Case, pattern: Pattern, world: World) -> str:
    if pattern.name:
        path = reverse(pattern.name, kwargs=case.kwargs(world))
    else:
        assert "<" not in pattern.route and "(" not in pattern.route, pattern.route
        path = "/" + pattern.route
    return path + case.query(world)


ADMIN_OBJECTS: dict[str, Callable[[World], object]] = {
    "accounts.user": lambda w: w.users[CAND],
    "questions.questionset": lambda w: w.candidate_set,
    "questions.question": lambda w: w.private_q,
    "interviews.mockinterview": lambda w: w.running,
    "practice.card": lambda w: Card.objects.filter(user=w.users[CAND]).first(),
    "practice.review": lambda w: Review.objects.filter(user=w.users[CAND]).first(),
    "account.emailaddress": lambda w: EmailAddress.objects.filter(user=w.users[CAND]).first(),
    "auth.group": lambda w: Group.objects.get(name=INTERVIEWERS_GROUP),
}


def admin_url(pattern: Pattern, world: World) -> str:
    """An admin pattern filled with a real object of its model (the candidate's, if any)."""
    route = pattern.route
    if pattern.name == "admin:app_list":
        return reverse("admin:app_list", kwargs={"app_label": "questions"})
    if "(?P<url>" in route:  # the catch-all
        return "/admin/no-such-page/"
    if "<path:content_type_id>" in route:  # view on site
        content_type = ContentType.objects.get_for_model(QuestionSet)
        return reverse("admin:view_on_site", args=[content_type.pk, world.candidate_set.pk])
    model_route = re.match(r"admin/(\w+)/(\w+)/", route)
    if model_route and ("<path:object_id>" in route or "<id>" in route):
        app_label, model_name = model_route.groups()
        label = f"{app_label}.{model_name}"
        if label in ADMIN_OBJECTS:
            obj = ADMIN_OBJECTS[label](world)
        else:
            from django.apps import apps

            obj = apps.get_model(app_label, model_name).objects.order_by("pk").first()
        pk = str(obj.pk) if obj is not None else "999999"
        route = route.replace("<path:object_id>", pk).replace("<id>", pk)
    assert "<" not in route and "(" not in route, f"fill {route}"
    return "/" + route


# --- what must not change -------------------------------------------------------------------


# What each user owns: (label, model, the lookup of its owner, fields).
OWNED: list[tuple[str, type, str, tuple[str, ...]]] = [
    (
        "account",
        User,
        "pk",
        (
            "email",
            "display_name",
            "timezone",
            "password",
            "is_active",
            "is_staff",
            "is_superuser",
            "session_version",
            "last_login",
        ),
    ),
    ("groups", User.groups.through, "user", ("group",)),
    ("email addresses", EmailAddress, "user", ("email", "verified", "primary")),
    ("two-factor", Authenticator, "user", ("type", "data")),
    (
        "sets",
        QuestionSet,
        "owner",
        ("pk", "title", "description", "visibility", "answers_visible", "updated"),
    ),
    ("set items", SetItem, "question_set__owner", ("question_set", "question", "position")),
    ("shares", SetShare, "user", ("question_set",)),
    (
        "questions",
        Question,
        "owner",
        ("pk", "prompt", "answer", "status", "moderation_note", "updated"),
    ),
    ("notes", Note, "user", ("question", "text")),
    ("bookmarks", Bookmark, "user", ("question",)),
    ("cards", Card, "user", ("question", "due", "reps", "state", "stability", "suspended")),
    ("reviews", Review, "user", ("pk", "typed_answer", "rating")),
    ("data exports", DataExport, "user", ("pk", "status", "file")),
    (
        "preferences",
        Preferences,
        "user",
        (
            "new_per_day",
            "desired_retention",
            "fresh_mode",
            "extra_new",
            "target_set",
            "reminder_enabled",
            "reminder_time",
            "reminder_offered",
        ),
    ),
]


def state_queries(world: World) -> list[tuple[str, frozenset[str], QuerySet]]:
    """What the fixtures own beyond OWNED, labelled, with the roles that may change it."""
    queries: list[tuple[str, frozenset[str], QuerySet]] = []

    def add(label: str, roles, queryset: QuerySet) -> None:
        queries.append((label, frozenset(roles), queryset))

    add(
        "the bank",
        (),
        Question.objects.filter(owner=None).values_list("pk", "prompt", "answer", "status"),
    )

    hosted = [world.scheduled, world.pending, world.running, world.finished, world.sent]
    interviews = MockInterview.objects.filter(pk__in=[i.pk for i in hosted])
    add(
        "hosted interviews: the interviewer's fields",
        {INT},
        interviews.values_list(
            "pk",
            "status",
            "scheduled_at",
            "seconds_per_question",
            "position",
            "invitation_nonce",
            "calendar_sequence",
            "recommendation",
            "summary",
            "scorecard_sent_at",
            "started_at",
            "finished_at",
            "title",
            "interviewer",
            "invited_email",
        ),
    )
    add("hosted interviews: versions", {INT, CAND}, interviews.values_list("pk", "version"))
    add(
        "hosted interviews: the candidate's fields",
        {CAND},
        interviews.values_list("pk", "candidate", "accepted_at", "answer_version"),
    )
    answers = MockAnswer.objects.filter(interview__in=hosted)
    add(
        "hosted interviews: marks and notes",
        {INT},
        answers.values_list(
            "pk",
            "prompt",
            "model_answer",
            "score",
            "covered",
            "flags_hit",
            "notes",
            "private_notes",
        ),
    )
    add(
        "hosted interviews: typed answers",
        {CAND},
        answers.values_list("pk", "typed_answer", "self_rating", "review"),
    )
    add(
        "solo interview",
        {CAND},
        MockInterview.objects.filter(pk=world.solo.pk).values_list(
            "status", "version", "answer_version", "position", "finished_at"
        ),
    )
    add(
        "solo interview: answers",
        {CAND},
        MockAnswer.objects.filter(interview=world.solo).values_list(
            "pk", "typed_answer", "self_rating", "seconds_spent", "review"
        ),
    )
    return queries


DIGEST = "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"


class StateProbe:
    """A digest of everything in OWNED (per user) and `state_queries`, in one round trip."""

    def __init__(self, world: World):
        self.roles = {user.pk: role for role, user in world.users.items() if user is not None}
        parts, self.params = [], []
        # The ORM's own SQL for our querysets, every value a parameter.
        for _, model, owner, fields in OWNED:
            queryset = (
                model.objects.filter(**{f"{owner}__in": list(self.roles)})
                .annotate(owner_key=F(owner))
                .values_list("owner_key", *fields)
                .order_by()
            )
            sql, params = queryset.query.sql_with_params()
            grouped = f"SELECT t.owner_key, {DIGEST} AS digest FROM ({sql}) t GROUP BY 1"  # noqa: S608
            by_owner = "string_agg(g.owner_key || '=' || g.digest, ',')"
            parts.append(f"(SELECT {by_owner} FROM ({grouped}) g)")  # noqa: S608
            self.params += params
        self.labels = []
        for label, roles, queryset in state_queries(world):
            sql, params = queryset.order_by().query.sql_with_params()
            parts.append(f"(SELECT {DIGEST} FROM ({sql}) t)")  # noqa: S608
            self.params += params
            self.labels.append((label, roles))
        self.sql = "SELECT " + ", ".join(parts)

    def read(self) -> dict[tuple[str, frozenset[str]], str]:
        with connection.cursor() as cursor:
            cursor.execute(self.sql, self.params)
            row = cursor.fetchone()
        state = {}
        for (label, *_), grouped in zip(OWNED, row, strict=False):
            digests = dict(item.split("=") for item in grouped.split(",")) if grouped else {}
            for pk, role in self.roles.items():
                state[(f"{role}: {label}", frozenset({role}))] = digests.get(str(pk), "")
        state.update(zip(self.labels, row[len(OWNED) :], strict=True))
        return state


def changed_by(role: str, before: dict, after: dict) -> list[str]:
    """What `role` changed that is not theirs to change."""
    return [
        label
        for (label, roles), digest in before.items()
        if role not in roles and after[(label, roles)] != digest
    ]


# --- running the matrix ---------------------------------------------------------------------


class Requester:
    """One signed-in client per role; every request in a savepoint that is rolled back."""

    def __init__(self, world: World):
        self.world = world
        self.clients: dict[str, Client] = {}
        self.sessions: dict[str, str] = {}
        for role, user in world.users.items():
            client = Client(raise_request_exception=False)
            if user is not None:
                client.force_login(user)
                # Just reauthenticated with the password, as allauth records it: pages
                # that ask for it (two-factor, recovery codes) show their content.
                session = client.session
                session[AUTHENTICATION_METHODS_SESSION_KEY] = [
                    {
                        "method": "password",
                        "at": time.time(),
                        "email": user.email,
                        "reauthenticated": True,
                    }
                ]
                session[AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
                session.save()
                self.sessions[role] = session.session_key
            self.clients[role] = client
        self.probe = StateProbe(world)
        self.baseline = self.probe.read()
        self.count = 0

    def send(self, role: str, method: str, url: str):
        client = self.clients[role]
        client.cookies.clear()  # a logout or login in the last request is forgotten
        if role in self.sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[role]
        self.count += 1
        return client.get(url) if method == "GET" else client.post(url)

    def request(self, role: str, method: str, url: str, *, check_state: bool = True):
        """The response, and what it changed that was not the role's to change."""
        changes: list[str] = []
        with transaction.atomic():
            response = self.send(role, method, url)
            if check_state and response.status_code < 500:
                changes = changed_by(role, self.baseline, self.probe.read())
            transaction.set_rollback(True)
        return response, changes


def leaked_markers(
    markers: dict[str, frozenset[str]], role: str, response, extra_allowed: frozenset[str]
) -> list[str]:
    if response.streaming:
        body = b"".join(response.streaming_content).decode(errors="replace")
    else:
        body = response.content.decode(errors="replace")
    body += response.get("Location", "")
    # Whole words only: a recovery code's eight digits may turn up inside a token.
    return [
        marker
        for marker, allowed in markers.items()
        if role not in allowed
        and marker not in extra_allowed
        and re.search(rf"(?<![0-9A-Za-z]){re.escape(marker)}(?![0-9A-Za-z])", body)
    ]


def describe(response) -> str:
    text = str(response.status_code)
    if response.has_header("Location"):
        text += f" -> {response['Location']}"
    if getattr(response, "exc_info", None):
        text += f" ({response.exc_info[1]!r})"
    return text


def check(requester, case: Case, role: str, method: str, url: str, response, *, admin: bool):
    where = f"{method} {url} as {role}"
    expected = case.expect[role][METHODS.index(method)]
    problems = []
    if response.status_code >= 500:
        problems.append(f"{where}: server error {describe(response)}")
    elif not matches(response, expected):
        problems.append(f"{where}: expected {expected}, got {describe(response)}")
    if not (admin and role == STAFF):  # staff read everything in the admin
        leaked = leaked_markers(requester.world.markers, role, response, case.shown_to_holder)
        if leaked:
            problems.append(f"{where}: shows someone else's private text {leaked}")
    return problems


def run_case(requester: Requester, case: Case, url: str, *, admin: bool = False) -> list[str]:
    """Every role, GET and POST, each request alone; what it changed is checked, except
    for staff in the admin (changing anything is what the admin is for)."""
    problems = []
    for role in ROLES:
        for method in METHODS:
            response, changes = requester.request(
                role, method, url, check_state=not (admin and role == STAFF)
            )
            problems += check(requester, case, role, method, url, response, admin=admin)
            problems += [
                f"{method} {url} as {role}: changed {label}"
                for label in changes
                if label not in case.may_change
            ]
    return problems


# Who requests the admin group's patterns: nobody owns anything there, so one non-staff
# role of each kind stands for the others (anonymous, a candidate, an interviewer, who holds
# permissions but is not staff).
ADMIN_GROUP_ROLES = (ANON, CAND, INT)


def run_admin_pattern(requester: Requester, pattern: Pattern, url: str) -> list[str]:
    """Staff: no server error. Non-staff: denied, and (all of their requests in one
    savepoint, checked once at the end) nothing at all changed."""
    case = Case(pattern.key, staff_admin())
    problems = []
    for method in METHODS:
        response, _ = requester.request(STAFF, method, url, check_state=False)
        problems += check(requester, case, STAFF, method, url, response, admin=True)
    with transaction.atomic():
        for role in ADMIN_GROUP_ROLES:
            for method in METHODS:
                response = requester.send(role, method, url)
                problems += check(requester, case, role, method, url, response, admin=True)
                if response.status_code >= 500:
                    break
        else:
            after = requester.probe.read()
            problems += [
                f"{url} as {'/'.join(ADMIN_GROUP_ROLES)}: changed {label}"
                for (label, _), digest in requester.baseline.items()
                if after[(label, _)] != digest
            ]
        transaction.set_rollback(True)
    return problems


# --- the tests ----------------------------------------------------------------------------


def table_keys() -> set[str]:
    return {case.key for case in MATRIX + ADMIN_CASES}


def test_every_url_pattern_has_an_entry():
    patterns = patterns_by_key()
    grouped = {p.key for p in admin_group()}
    missing = sorted(set(patterns) - table_keys() - grouped)
    assert not missing, f"URL patterns without an entry in the authorisation matrix: {missing}"
    gone = sorted(table_keys() - set(patterns))
    assert not gone, f"entries for URL patterns that no longer exist: {gone}"
    assert not table_keys() & grouped, "an explicit entry for a pattern of the admin group"


def test_every_role_has_an_outcome_for_each_method():
    for case in MATRIX + ADMIN_CASES:
        assert set(case.expect) == set(ROLES), case
        assert all(len(pair) == 2 for pair in case.expect.values()), case


def test_authorization_matrix(caplog):
    caplog.set_level(logging.ERROR, logger="django.request")  # thousands of 403/404/405
    world = build_world()
    requester = Requester(world)
    patterns = patterns_by_key()
    problems: list[str] = []
    with transaction.atomic():  # the probe sees a change, and whose data it was
        Note.objects.filter(user=world.users[CAND]).update(text="changed")
        world.running.answers.update(private_notes="changed")
        after = requester.probe.read()
        assert changed_by(CAND, requester.baseline, after) == ["hosted interviews: marks and notes"]
        assert changed_by(INT, requester.baseline, after) == ["candidate: notes"]
        transaction.set_rollback(True)
    started = time.perf_counter()

    for case in MATRIX + ADMIN_CASES:
        pattern = patterns[case.key]
        url = case_url(case, pattern, world)
        match = resolve(url.split("?")[0])
        answering = match.view_name if match.url_name else match.route
        wanted = case.answered_by or case.key
        assert answering == wanted, f"{url} is answered by {answering}, not {wanted}"
        problems += run_case(requester, case, url, admin=case.key.startswith("admin:"))

    site = time.perf_counter()
    for pattern in admin_group():
        url = admin_url(pattern, world)
        answering = resolve(url.split("?")[0]).route
        assert answering == pattern.route.replace("^", ""), (url, pattern.route)
        problems += run_admin_pattern(requester, pattern, url)

    assert requester.probe.read() == requester.baseline, "a request outlived its rollback"
    print(
        f"\n{len(patterns)} patterns ({len(table_keys())} in the table, "
        f"{len(admin_group())} in the admin group), {len(MATRIX + ADMIN_CASES)} cases, "
        f"{requester.count} requests: site {site - started:.1f}s, "
        f"admin group {time.perf_counter() - site:.1f}s"
    )
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
