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
