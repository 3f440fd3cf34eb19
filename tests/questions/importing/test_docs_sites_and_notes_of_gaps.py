"""Shapes met in held-out sets 71 and 72: a docs site's page (headings with their "¶"
links, ids like "K1.", answer tabs), a question bank's "[R1]" ids over "Rubric:", and the
ways books, shows and team notes say an answer is not there."""

import pytest

from tests.questions.importing.documents import pairs_of

DOCS_SITE = """\
<html><body><article class="md-content">
<h1 id="pool">Infrastructure round: question pool<a class="headerlink" href="#pool">¶</a></h1>
<h3 id="c1">C1. What is the difference between an image and a container?\
<a class="headerlink" href="#c1">¶</a></h3>
<div class="tabbed-set"><div class="tabbed-labels"><label>Strong</label><label>Weak</label></div>
<div class="tabbed-block"><p>An image is a read-only template; a container runs it.</p></div>
<div class="tabbed-block"><p>"A container is a lightweight VM."</p></div></div>
<h3 id="k2">K2. A pod is stuck in CrashLoopBackOff. Walk me through how you debug it.\
<a class="headerlink" href="#k2">¶</a></h3>
<p>Describe the pod for its events, then read the previous container's logs.</p>
<h3 id="k3">K3. What is a StatefulSet for?<a class="headerlink" href="#k3">¶</a></h3>
<div class="tabbed-set"><div class="tabbed-labels"><label>Strong</label><label>Weak</label></div>
<div class="tabbed-block"><p><em>TODO(@felix): write this up after calibration.</em></p></div>
<div class="tabbed-block"><p>TODO</p></div></div>
</article></body></html>
"""


def test_a_docs_sites_headings_lose_their_links_and_ids_and_its_tab_labels_are_no_text():
    assert pairs_of(DOCS_SITE) == [
        (
            "What is the difference between an image and a container?",
            'An image is a read-only template; a container runs it.\n\n"A container is a '
            'lightweight VM."',
        ),
        (
            "A pod is stuck in CrashLoopBackOff. Walk me through how you debug it.",
            "Describe the pod for its events, then read the previous container's logs.",
        ),
        ("What is a StatefulSet for?", ""),
    ]


def test_a_banks_bracketed_ids_and_its_rubric_label():
    bank = (
        "Redis\n\n"
        "[R1] Why does Redis run commands on a single thread?\n"
        "Rubric: each command is atomic without locks; the limit is the network.\n\n"
        "[R2] What is the difference between RDB and AOF?\n"
        "Rubric: a snapshot now and then, or a log of every write.\n"
    )

    assert pairs_of(bank) == [
        (
            "Why does Redis run commands on a single thread?",
            "each command is atomic without locks; the limit is the network.",
        ),
        (
            "What is the difference between RDB and AOF?",
            "a snapshot now and then, or a log of every write.",
        ),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Deliberately left open. Teams disagree about this more than anything else.",
        "Beyond the scope of this book. See Further Reading.",
        "🔥 No spoilers, you'll have to listen for this one.",
        "This started a long argument and I'm not even going to try to summarise it.",
        "Expected answer missing. Use it as a discussion question until it has a rubric.",
        "Said he hadn't come across the term. Didn't push.",
        "— ask your buddy (hint: think about VACUUM)",
    ],
)
def test_a_note_that_the_answer_is_not_there_is_no_answer(said):
    assert pairs_of(f"What is a hot key in a cache?\n\n{said}\n") == [
        ("What is a hot key in a cache?", "")
    ]


def test_a_phone_scanners_footer_is_no_answer():
    scan = "How do you deal with flaky tests?\n\nScanned with CamScanner\n\nWhat is a fixture?\n"

    assert pairs_of(scan) == [("How do you deal with flaky tests?", ""), ("What is a fixture?", "")]


@pytest.mark.parametrize(
    "said",
    [
        "Left open, it holds its locks and blocks vacuum.",
        "Beyond the scope of this post, but briefly: a type with bind and return.",
        "Why the change was made. Reviewers are not going to explain it for you later.",
        "It didn't know it had been demoted, so it kept taking writes.",
        "Nobody knew who owned the flaky deploy job, so I took it on.",
        "A flaw the vendor has not heard of yet, so no patch exists.",
        "Ask your lead, then get a DBA to review the migration.",
        "Scanned with nmap, then checked the service banner.",
    ],
)
def test_an_answer_that_only_sounds_like_a_note_of_a_gap_is_an_answer(said):
    assert pairs_of(f"What happened in that incident?\n\n{said}\n") == [
        ("What happened in that incident?", said)
    ]


def test_a_css_only_faqs_labels_are_its_questions_and_a_product_name_stays():
    faq = "".join(
        f"<input type=checkbox id=q{n}><label for=q{n}>{asked}</label><div><p>{said}</p></div>"
        for n, (asked, said) in enumerate(
            [
                ("What is the GIL?", "A mutex that lets one thread run Python at a time."),
                ("What is a coroutine?", "A function that can suspend at await."),
            ]
        )
    )
    page = f"<html><body><h2>S3: What storage classes does it offer?</h2><p>Standard.</p>{faq}"

    assert [prompt for prompt, _ in pairs_of(page + "</body></html>")] == [
        "S3: What storage classes does it offer?",
        "What is the GIL?",
        "What is a coroutine?",
    ]


def test_a_deeper_heading_over_probes_stays_in_the_answer_above_it():
    doc = (
        "### Design a rate limiter for a public API.\n\n"
        "A token bucket per key in Redis, refilled lazily.\n\n"
        "#### Things the interviewer might probe\n\n"
        "- What happens when Redis is down?\n"
        "- How do you share limits across regions?\n"
        "- Explain the clock skew between gateways.\n\n"
        "### What is a circuit breaker?\n\n"
        "It stops calling a failing service for a while.\n"
    )

    prompts = [prompt for prompt, _ in pairs_of(doc)]
    assert prompts == ["Design a rate limiter for a public API.", "What is a circuit breaker?"]
    assert "What happens when Redis is down?" in pairs_of(doc)[0][1]
