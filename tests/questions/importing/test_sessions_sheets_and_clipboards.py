"""Shapes met in held-out sets 69 and 70: a flashcard program's session in a terminal, a
sheet published as HTML with merged cells, an admin's list of rows inside its form, rich text
from a clipboard, a page printed in two columns, and a module that quizzes in its
docstrings (more in test_lessons_notes_and_minutes.py)."""

from questions.importing.columns import split_columns
from tests.questions.importing.documents import pairs_of

TERMINAL_SESSION = """\
kl@devbox:~/prep$ drillr run docker-k8s
Loaded deck "Docker & Kubernetes" (4 cards)
Tip: type your answer, finish with an empty line.  Commands:  :skip  :hint  :quit

[1/4] docker · easy
  What is the difference between an image and a
  container?
> image = read-only layers, container = a running instance with a writable layer
>
Show reference answer? [Y/n] y
--- reference -----------------------------------------------
  An image is an immutable, layered filesystem. A container is a process
  started from it, with a writable layer of its own.
--------------------------------------------------------------
Grade yourself (1 again, 2 hard, 3 good, 4 easy): 4

[2/4] asy-03  Why is time.sleep(2) inside a coroutine a problem?
> it blocks the whole thread, so the event loop stops too
>
Self-grade? [y/n/p] y

[3/4] k8s · medium
  Explain the difference between a bind mount and a named volume.
> :skip
Skipped. (card stays due)

[4/4] k8s · hard
  What does a HorizontalPodAutoscaler need in order to scale on CPU?
>
Show reference answer? [Y/n] y
warning: card k8s-016 has no reference answer
Grade yourself (1 again, 2 hard, 3 good, 4 easy): 1
kl@devbox:~/prep$
"""


def test_a_terminal_quiz_session_has_each_cards_question_with_what_was_typed_and_its_reference():
    pairs = pairs_of(TERMINAL_SESSION)

    assert [prompt for prompt, _ in pairs] == [
        "What is the difference between an image and a container?",
        "Why is time.sleep(2) inside a coroutine a problem?",
        "Explain the difference between a bind mount and a named volume.",
        "What does a HorizontalPodAutoscaler need in order to scale on CPU?",
    ]
    assert "container = a running instance" in pairs[0][1]
    assert "A container is a process started from it" in " ".join(pairs[0][1].split())
    assert pairs[1][1] == "it blocks the whole thread, so the event loop stops too"
    assert pairs[2][1] == pairs[3][1] == ""  # skipped; typed nothing and no reference


PUBLISHED_SHEET = """\
<!DOCTYPE html><html><body><div id="sheets-viewport"><table class="waffle">
<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>
<tr><th>1</th><td colspan="4">PG bank - answers are for interviewers only</td></tr>
<tr><th>2</th><td>Topic</td><td>#</td><td>Question</td><td>Answer</td></tr>
<tr><th>3</th><td rowspan="2">Indexes</td><td>1</td>
<td>Why might the planner ignore an index you just created?</td>
<td>Stale statistics, or a seq scan is cheaper for a big share of the table.</td></tr>
<tr><th>4</th><td>2</td><td>What does CREATE INDEX CONCURRENTLY trade off?</td><td></td></tr>
<tr><th>5</th><td>MVCC</td><td>3</td><td>What is a dead tuple?</td>
<td>A row version no transaction can see any more.</td></tr>
</tbody></table></div></body></html>
"""


def test_a_sheet_published_with_merged_cells_keeps_each_column_under_its_header():
    assert pairs_of(PUBLISHED_SHEET) == [
        (
            "Why might the planner ignore an index you just created?",
            "Stale statistics, or a seq scan is cheaper for a big share of the table.",
        ),
        ("What does CREATE INDEX CONCURRENTLY trade off?", ""),
        ("What is a dead tuple?", "A row version no transaction can see any more."),
    ]


ADMIN_LIST = """\
<!DOCTYPE html><html><body>
<form id="changelist-search" method="get"><input type="text" name="q"><input type="submit"
value="Search"></form>
<form id="changelist-form" method="post"><div class="actions"><select name="action">
<option>Delete selected questions</option></select><button>Go</button></div>
<table id="result_list"><thead><tr>
<th><input type="checkbox"></th>
<th><a href="?o=-1"></a> <a href="?o=-1">Prompt</a></th><th><a href="?o=2">Topic</a></th>
<th>Model answer</th></tr></thead><tbody>
<tr><td><input type="checkbox" name="_selected_action" value="112"></td>
<th><a href="/admin/bank/question/112/change/">What is the N+1 query problem?</a></th>
<td>Django ORM</td><td>One extra query per row; select_related joins, prefetch_related
batches.</td></tr>
<tr><td><input type="checkbox" name="_selected_action" value="119"></td>
<th><a href="/admin/bank/question/119/change/">What are Django signals for?</a></th>
<td>Django core</td><td>-</td></tr>
</tbody></table></form></body></html>
"""


def test_an_admin_list_inside_its_form_is_read_as_a_table_of_questions():
    assert pairs_of(ADMIN_LIST) == [
        (
            "What is the N+1 query problem?",
            "One extra query per row; select_related joins, prefetch_related batches.",
        ),
        ("What are Django signals for?", ""),
    ]


def test_a_sign_up_form_is_still_the_pages_own():
    page = (
        "<html><body><h2>What is a deadlock?</h2><p>Two transactions wait on each other.</p>"
        "<form><p>Get new questions every week</p><input name=email>"
        "<button>Subscribe</button></form></body></html>"
    )

    assert pairs_of(page) == [("What is a deadlock?", "Two transactions wait on each other.")]


CLIPBOARD = """\
Version:0.9
StartHTML:0000000161
EndHTML:0000001000
StartFragment:0000000197
EndFragment:0000000900
SourceURL:https://notes.example/p/7
<html>
<body>
<!--StartFragment--><h3><span style="font-weight:700">What is conftest.py for?</span></h3>\
<p><span>A plugin file pytest loads for its directory and everything below it.</span></p>\
<h3><span>What is mutation testing?</span></h3><p><span>??</span></p><!--EndFragment-->
</body>
</html>
"""


def test_rich_text_from_a_windows_clipboard_is_read_as_its_html():
    assert pairs_of(CLIPBOARD) == [
        (
            "What is conftest.py for?",
            "A plugin file pytest loads for its directory and everything below it.",
        ),
        ("What is mutation testing?", ""),
    ]


TWO_COLUMNS = """\
 INTERVIEW CHEAT SHEET #3 · HTTP & WEB SECURITY                       print A4 landscape
 ======================================================================================
 HTTP                                               SECURITY
 ------------------------------------------------    ----------------------------------
 » Which HTTP methods are idempotent?               » What does HSTS protect against?
   GET, HEAD, PUT, DELETE, OPTIONS.                   SSL stripping: the browser keeps
   POST is not.                                       to HTTPS for max-age.

 » Safe vs idempotent — what's the                  » XSS: stored vs reflected?
   difference?                                        Stored is saved server-side;
   Safe = no state change.                            reflected is echoed back.

 » When do you return 409 vs 422?                   » Name three defences against XSS.
   ________________________________                   Output escaping, a strict CSP,
   ________________________________                   HttpOnly cookies.

 » What is keep-alive for?                          » Why bcrypt and not SHA-256?
   Reusing one TCP connection.                        Slow and salted on purpose.
"""


def test_a_page_printed_in_two_columns_is_read_a_column_at_a_time():
    pairs = pairs_of(TWO_COLUMNS)

    assert [prompt for prompt, _ in pairs] == [
        "Which HTTP methods are idempotent?",
        "Safe vs idempotent — what's the difference?",
        "When do you return 409 vs 422?",
        "What is keep-alive for?",
        "What does HSTS protect against?",
        "XSS: stored vs reflected?",
        "Name three defences against XSS.",
        "Why bcrypt and not SHA-256?",
    ]
    answers = {prompt: " ".join(answer.split()) for prompt, answer in pairs}
    assert answers["Which HTTP methods are idempotent?"] == (
        "GET, HEAD, PUT, DELETE, OPTIONS. POST is not."
    )
    assert answers["What does HSTS protect against?"] == (
        "SSL stripping: the browser keeps to HTTPS for max-age."
    )
    assert answers["When do you return 409 vs 422?"] == ""


def test_aligned_columns_that_ask_nothing_stay_as_they_are():
    listing = "\n".join(
        f"  service-{n:02}        running     {n * 3} restarts     node-{n % 3}" for n in range(12)
    )
    text = f"What does this listing tell you?\n\n{listing}\n"

    assert [prompt for prompt, _ in pairs_of(text)] == ["What does this listing tell you?"]


DRILLS_MODULE = '''\
"""interview_drills.py: the first paragraph of each docstring is the question."""
import random

DRILLS = []


def drill(fn):
    DRILLS.append(fn)
    return fn


@drill
def drill_mutable_default():
    """Why is `def f(items=[])` a classic bug?

    The default value is evaluated once, when the def statement runs, and the
    same list is reused by every call.
    """
    def f(items=[]):
        items.append(1)
        return items


@drill
def drill_retry():
    """Write a `retry(times=3)` decorator and explain why it needs three
    levels of functions.

    retry(...) returns the real decorator, which returns the wrapper.
    """


@drill
def drill_slots():
    """What are __slots__ for?

    TODO
    """


@drill
def drill_gil():
    """What does the GIL prevent?

    Two threads running Python bytecode at once in one interpreter.
    """


if __name__ == "__main__":
    random.choice(DRILLS)()
'''


def test_a_modules_docstrings_that_ask_are_questions_with_the_rest_of_them_as_answers():
    assert pairs_of(DRILLS_MODULE) == [
        (
            "Why is `def f(items=[])` a classic bug?",
            "The default value is evaluated once, when the def statement runs, and the\n"
            "same list is reused by every call.",
        ),
        (
            "Write a `retry(times=3)` decorator and explain why it needs three levels of "
            "functions.",
            "retry(...) returns the real decorator, which returns the wrapper.",
        ),
        ("What are __slots__ for?", ""),
        (
            "What does the GIL prevent?",
            "Two threads running Python bytecode at once in one interpreter.",
        ),
    ]


def test_a_heading_that_counts_its_question_of_the_pages_is_that_question():
    page = (
        "<html><body>"
        "<h3><span class='visually-hidden'>Question 5 of 20: </span>Write a query that finds "
        "duplicate emails.</h3><p>Group by lower(email) having count(*) &gt; 1.</p>"
        "<h3><span class='visually-hidden'>Question 6 of 20: </span>What is a LATERAL join?</h3>"
        "<p>A join whose right side can refer to the left side's columns.</p>"
        "</body></html>"
    )

    assert pairs_of(page) == [
        (
            "Write a query that finds duplicate emails.",
            "Group by lower(email) having count(*) > 1.",
        ),
        (
            "What is a LATERAL join?",
            "A join whose right side can refer to the left side's columns.",
        ),
    ]


def test_a_reference_without_its_closing_rule_ends_at_the_next_card():
    session = (
        "[1/3] What is a container?\n> a process with its own namespaces\n"
        "── reference ──\n  An isolated process started from an image.\n"
        "[2/3] What is an image?\n> read-only layers of a filesystem\n>\n"
        "[3/3] What is a volume?\n> storage that outlives the container\n>\n"
    )

    assert [prompt for prompt, _ in pairs_of(session)] == [
        "What is a container?",
        "What is an image?",
        "What is a volume?",
    ]
    assert "An isolated process started from an image." in pairs_of(session)[0][1]
    assert pairs_of(session)[1][1] == "read-only layers of a filesystem"


def test_questions_beside_their_answers_are_one_column_not_two():
    rows = [
        ("What is a deadlock?", "When two transactions each wait on the other."),
        ("What is a dirty read?", "Reading rows another transaction has not committed."),
        ("What is MVCC?", "How Postgres keeps row versions for each snapshot."),
        ("Why use a pool?", "Which is cheaper than a connection per request."),
        ("What is WAL?", "How a write is made durable before the data files."),
        ("What is a CTE?", "Naming a subquery with WITH."),
        ("What is VACUUM for?", "Removing dead row versions."),
        ("What is an index-only scan?", "Answering from the index alone."),
    ]
    text = "\n".join(f"{q:<40}{a}" for q, a in rows) + "\n"

    assert split_columns(text) == text


def test_merged_cells_with_odd_spans_and_a_short_row_beside_a_span_keep_the_table():
    page = (
        "<html><body><table>"
        "<tr><th>Topic</th><th>Question</th><th>Answer</th></tr>"
        "<tr><td rowspan='2'>Indexes</td><td>What is a B-tree?</td><td>A balanced tree.</td></tr>"
        "<tr><td colspan='²'>What is a GIN index?</td><td>An inverted index.</td></tr>"
        "<tr><td>MVCC</td><td>What is a dead tuple?</td><td>An old row version.</td></tr>"
        "</table></body></html>"
    )

    assert pairs_of(page) == [
        ("What is a B-tree?", "A balanced tree."),
        ("What is a GIN index?", "An inverted index."),
        ("What is a dead tuple?", "An old row version."),
    ]


def test_text_like_a_clipboard_header_inside_a_page_stays():
    page = (
        "<html><body><h2>What does this config set?</h2>"
        "<pre>Version:1.0\nName: billing\nOwner: payments\n</pre>"
        "<p>The service's name and its owning team.</p></body></html>"
    )

    [(prompt, answer)] = pairs_of(page)
    assert prompt == "What does this config set?"
    assert "Name: billing" in answer


def test_a_module_whose_docstrings_specify_tasks_is_read_as_a_program():
    module = "\n\n".join(
        f'def solve_{n}(items):\n    """How do you find the {n}th largest item?\n\n'
        f'    Example: solve_{n}([3, 1, 2]) returns 1.\n    """\n    return sorted(items)[-{n}]'
        for n in (1, 2, 3)
    )

    pairs = pairs_of(module + "\n")

    assert len(pairs) == 3
    assert all("return sorted(items)" in answer for _, answer in pairs)  # its code answers
