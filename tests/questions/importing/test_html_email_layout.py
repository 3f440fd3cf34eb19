"""Shape met in held-out set 55: an HTML email laid out in tables (a booking confirmation),
its one cell holding paragraphs and a numbered list of questions to think about."""

from questions.importing.html import html_to_markdown
from tests.questions.importing.documents import pairs_of

EMAIL = """\
<html><body>
<table role="presentation" width="100%"><tr><td>
  <p>Hi Jordan Lee,</p>
  <p>Your <strong>Technical Screen</strong> with Hannah is scheduled.</p>
</td></tr>
<tr><td>
  <table role="presentation" width="100%"><tr><td style="padding:16px 20px;">
    <p><strong>A note from the platform team</strong></p>
    <p>Besides the warm-up answers you sent us, we'll talk through these:</p>
    <ol>
      <li>How does JWT validation work, and what goes wrong if a server accepts alg: none?</li>
      <li>What is SQL injection and how do parameterized queries prevent it?</li>
    </ol>
    <p>No need to send written answers, we'll discuss them live.</p>
  </td></tr></table>
</td></tr>
<tr><td>Event</td><td>Technical Screen</td></tr>
</table>
</body></html>
"""


def test_a_layout_tables_cell_keeps_its_paragraphs_and_list():
    page = html_to_markdown(EMAIL)

    assert "Hi Jordan Lee,\n\nYour **Technical Screen** with Hannah is scheduled." in page
    assert (
        "1. How does JWT validation work, and what goes wrong if a server accepts alg: none?\n"
        "2. What is SQL injection and how do parameterized queries prevent it?"
    ) in page
    assert "| Event | Technical Screen |" in page  # a row of two cells is still a table's


def test_the_questions_of_an_emails_list_are_found():
    prompts = [prompt for prompt, _ in pairs_of(EMAIL)]

    assert "What is SQL injection and how do parameterized queries prevent it?" in prompts
