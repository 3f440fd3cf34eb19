from questions.rubric import main_points, points, rubric_for


def test_an_outline_becomes_its_top_level_points():
    outline = "- Event loop\n  - nested detail\n- Tasks\n\n1. Third, numbered"

    assert points(outline) == ["Event loop", "Tasks", "Third, numbered"]


def test_plain_lines_are_points_when_there_is_no_list():
    assert points("Mentions GIL\nMentions threads\n\n") == ["Mentions GIL", "Mentions threads"]


def test_a_question_without_outline_gets_one_from_its_answers_headings_marked_generated():
    rubric = rubric_for(answer="## Ready queue\ntext\n## Selectors\nmore", outline="", red_flags="")

    assert rubric.outline == ["Ready queue", "Selectors"]
    assert rubric.generated


def test_an_answer_without_headings_gives_its_bullets_then_first_sentences():
    assert main_points("Intro.\n\n- **GIL** held\n- Threads") == ["GIL held", "Threads"]
    assert main_points("First idea. More.\n\nSecond idea here. Again.") == [
        "First idea.",
        "Second idea here.",
    ]


def test_code_blocks_are_not_points():
    answer = "```python\n# not a heading\n- not a bullet\n```\nUse a lock."

    assert main_points(answer) == ["Use a lock."]


def test_its_own_outline_wins_and_is_not_marked_generated():
    rubric = rubric_for(answer="## A\n## B", outline="- Own point", red_flags="- Flag one")

    assert (rubric.outline, rubric.red_flags, rubric.generated) == (
        ["Own point"],
        ["Flag one"],
        False,
    )


def test_no_answer_and_no_outline_is_an_empty_rubric_not_marked_generated():
    assert rubric_for(answer="", outline="", red_flags="") == rubric_for(
        answer="  ", outline="", red_flags=""
    )
    assert not rubric_for(answer="", outline="", red_flags="").generated
