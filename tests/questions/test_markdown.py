from html.parser import HTMLParser

import pytest

from questions.markdown import render_markdown

FORBIDDEN_TAGS = {"script", "iframe", "svg", "img", "object", "embed", "style", "form", "div"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
C0_AND_SPACE = "".join(chr(code) for code in range(0x21))


class _Elements(HTMLParser):
    """Every start tag and its attributes, as a browser would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {name: value or "" for name, value in attrs}))


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def url_as_browser_reads_it(url: str) -> str:
    # WHATWG URL parsing drops tabs and newlines anywhere and trims C0 controls and spaces.
    return "".join(ch for ch in url if ch not in "\t\n\r").strip(C0_AND_SPACE).lower()


def assert_harmless(html: str) -> None:
    for tag, attributes in elements(html):
        assert tag not in FORBIDDEN_TAGS, html
        for name, value in attributes.items():
            assert not name.startswith("on"), html
            assert not name.startswith(("hx-", "data-hx-")), html
            if name in {"href", "src", "action", "formaction", "xlink:href"}:
                assert not url_as_browser_reads_it(value).startswith(DANGEROUS_SCHEMES), html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "Before <script>alert(1)</script> after",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        '<a href="javascript:alert(1)">x</a>',
        '<div hx-get="/x" hx-trigger="load">x</div>',
        '<span hx-post="/accounts/logout/" hx-trigger="load">x</span>',
        "<svg onload=alert(1)>",
        '<iframe src="https://evil.example/"></iframe>',
        "![x](javascript:alert(1))",
        '![x](https://example.com/a.png "title" onerror=alert(1))',
        "<javascript:alert(1)>",
        "<jav&#x61;script:alert(1)>",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](jav&#x0A;ascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#x3A;alert(1))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
        "[<img src=x onerror=alert(1)>](https://example.com)",
        '```python" onmouseover="alert(1)\nx = 1\n```',
        "```python\n</code></pre><script>alert(1)</script>\n```",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "<style>body { display: none }</style>",
    ],
)
def test_it_renders_attacks_as_harmless_html(text):
    assert_harmless(render_markdown(text))


def test_it_shows_raw_html_as_text_instead_of_running_it():
    html = render_markdown("Use <script>alert(1)</script> carefully")

    assert html == "<p>Use &lt;script&gt;alert(1)&lt;/script&gt; carefully</p>\n"


def test_it_leaves_a_javascript_link_as_plain_text():
    html = render_markdown("[click me](javascript:alert(1))")

    assert "<a" not in html
    assert "click me" in html


def test_it_removes_the_href_of_a_data_link_but_keeps_its_text():
    html = render_markdown("[click me](data:image/png;base64,AAAA)")

    assert elements(html) == [("p", {}), ("a", {"rel": "noopener noreferrer nofollow"})]
    assert "click me" in html


def test_it_makes_links_safe_to_follow():
    html = render_markdown('[docs](https://docs.python.org/3/ "Python docs")')

    assert elements(html) == [
        ("p", {}),
        (
            "a",
            {
                "href": "https://docs.python.org/3/",
                "title": "Python docs",
                "rel": "noopener noreferrer nofollow",
            },
        ),
    ]


def test_it_turns_an_autolink_into_a_safe_link():
    html = render_markdown("See <https://example.com/guide>")

    assert ("a", {"href": "https://example.com/guide", "rel": "noopener noreferrer nofollow"}) in (
        elements(html)
    )
    assert ">https://example.com/guide</a>" in html


def test_it_keeps_mailto_links():
    html = render_markdown("[write to us](mailto:team@example.com)")

    assert 'href="mailto:team@example.com"' in html


def test_it_highlights_a_fenced_code_block_with_a_known_language():
    html = render_markdown('```python\ndef greet():\n    return "<b>hi</b>"\n```')

    assert html.startswith('<pre tabindex="0"><code class="language-python">')
    assert '<span class="k">def</span>' in html
    assert '<span class="nf">greet</span>' in html
    assert "&lt;b&gt;hi&lt;/b&gt;" in html
    assert "<b>" not in html


def test_it_highlights_whatever_the_case_of_the_language_name():
    html = render_markdown("```Python\nimport asyncio\n```")

    assert '<span class="kn">import</span>' in html


def test_it_escapes_a_code_block_in_an_unknown_language():
    html = render_markdown("```nosuchlanguage\n<b>x</b> & y\n```")

    assert html == (
        '<pre tabindex="0"><code class="language-nosuchlanguage">'
        "&lt;b&gt;x&lt;/b&gt; &amp; y\n</code></pre>\n"
    )


def test_it_escapes_a_code_block_without_a_language():
    html = render_markdown("```\n<b>x</b>\n```")

    assert html == '<pre tabindex="0"><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n'


def test_it_escapes_inline_code():
    assert render_markdown("Call `<script>` rarely") == (
        "<p>Call <code>&lt;script&gt;</code> rarely</p>\n"
    )


def test_it_renders_tables_with_their_alignment():
    html = render_markdown("| Name | Cost |\n|:-----|-----:|\n| GIL | high |")

    assert [tag for tag, _ in elements(html)] == [
        "table",
        "thead",
        "tr",
        "th",
        "th",
        "tbody",
        "tr",
        "td",
        "td",
    ]
    assert '<th style="text-align:left">Name</th>' in html
    assert '<td style="text-align:right">high</td>' in html


def test_it_drops_styles_other_than_alignment():
    html = render_markdown("| a |\n|:-:|\n| b |")

    for _, attributes in elements(html):
        assert attributes.get("style", "text-align:center") == "text-align:center"


def test_it_renders_bulleted_and_numbered_lists():
    html = render_markdown("- threads\n- processes\n\n3. third\n4. fourth")

    assert html == (
        "<ul>\n<li>threads</li>\n<li>processes</li>\n</ul>\n"
        '<ol start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>\n'
    )


def test_it_renders_emphasis_and_headings():
    html = render_markdown("## Why\n\n**bold** and *italic*")

    assert html == "<h2>Why</h2>\n<p><strong>bold</strong> and <em>italic</em></p>\n"


@pytest.mark.parametrize("text", ["", "  \n  "])
def test_it_renders_nothing_for_no_text(text):
    assert render_markdown(text) == ""


def test_a_code_block_can_be_reached_and_scrolled_by_keyboard():
    html = render_markdown('```\nx = 1\n```\n\n<pre tabindex="-1" onclick="x()">y</pre>')

    assert html.startswith('<pre tabindex="0"><code>x = 1')
    assert html.count("<pre") == 1  # raw HTML stays text: no element of the author's
