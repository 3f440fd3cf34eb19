"""A web page pasted or saved as HTML is read as the markdown the line rules know."""

from questions.importing.html import looks_like_html_page
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text, read_document, read_text

PAGE = b"""<!DOCTYPE html><html><head><title>Blog</title>
<script>var tracking = "What is this?";</script><style>h3 { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/faq">Why us?</a></nav>
<h1>Async questions</h1>
<h3>What does <code>await</code> do?</h3>
<p>It suspends the coroutine until the awaitable is done &amp; lets the loop run others.</p>
<pre><code class="language-python">async def main():
    await asyncio.sleep(1)
</code></pre>
<h3>Why is <em>time.sleep</em> bad in a coroutine?</h3>
<footer><p>Did you like this post? Subscribe!</p></footer>
</body></html>"""


def test_a_page_becomes_headings_paragraphs_and_fenced_code():
    text = read_document(PAGE)

    assert "### What does `await` do?" in text
    assert "done & lets the loop run others." in text
    assert "```python\nasync def main():\n    await asyncio.sleep(1)\n```" in text
    # what is not content goes: scripts, styles, navigation, the footer
    assert "tracking" not in text and "color: red" not in text
    assert "Why us?" not in text and "Subscribe" not in text


def test_its_questions_are_found_and_the_unanswered_one_is_said_to_be():
    items = parse_document(read_document(PAGE)).items

    assert [item.prompt for item in items] == [
        "What does `await` do?",
        "Why is time.sleep bad in a coroutine?",
    ]
    assert "suspends the coroutine" in "\n".join(items[0].body)
    assert not "\n".join(items[1].body).strip()


def test_markdown_with_some_inline_html_is_not_taken_for_a_page():
    markdown = (
        "# Questions\n\n<details><summary>What is a view?</summary>\n\nA callable.<br>\n"
        "</details>\n\n<a id='q2'></a>\n## 2. What is middleware?\n\nHooks around views.\n"
    )

    assert not looks_like_html_page(markdown)
    assert normalise_text(markdown) == markdown


def test_a_line_that_is_one_html_heading_becomes_a_markdown_heading_on_the_same_line():
    text = "# Notes\n\n<h3 id='x'>What is <code>F()</code>?</h3>\nAn expression.\n"

    assert normalise_text(text).split("\n")[2] == "### What is `F()`?"


def test_list_items_stay_one_list_and_table_rows_one_table():
    page = (
        "<div><p>Intro.</p><ol><li>What is a join?</li><li>What is an index?</li></ol>"
        "<table><tr><th>Question</th><th>Answer</th></tr>"
        "<tr><td>What is a view?</td><td></td></tr>"
        "<tr><td>What is a CTE?</td><td>A named query.</td></tr></table></div>"
    )
    text = read_document(page.encode())

    assert "1. What is a join?\n2. What is an index?" in text
    assert "| Question | Answer |\n| --- | --- |\n| What is a view? |  |\n" in text
    assert "| What is a CTE? | A named query. |" in text


def test_reading_a_converted_page_again_changes_nothing():
    once = read_document(PAGE)

    assert normalise_text(once) == once


def test_broken_html_is_still_read():
    broken = b"<html><body><h3>What is a race condition?<p>Two threads <b>and one <pre>x = 1"

    text = read_document(broken)

    assert "### What is a race condition?" in text
    assert "Two threads **and one" in text


def test_a_comment_reply_link_is_the_page_s_not_its_text():
    page = (
        "<html><body><article><h2>What is a WSGI server?</h2><p>It runs the app.</p>"
        "</article><ol class='comments'>"
        + "".join(
            f"<li><p>Great list, number {n} came up in my onsite too.</p>"
            f"<a class='comment-reply-link' href='#c{n}'>Reply</a></li>"
            for n in range(5)
        )
        + "</ol></body></html>"
    )
    read = read_text(page)

    assert "Reply" not in read.text
    assert read_text(read.text).text == read.text  # not read again as a forum's page
