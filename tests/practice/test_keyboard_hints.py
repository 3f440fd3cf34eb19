"""The keyboard hints on the practice card are readable: their colours, read from the
stylesheet's variables in light and dark, have at least WCAG AA contrast (4.5:1).

(The Space hint on the filled "Show answer" button once had 1.03:1.) The browser journey
in tests/e2e/test_practice_journey.py also runs axe-core's color-contrast rule on the
rendered card in both schemes; this test says which pair of colours broke, and why.
"""

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).parents[2] / "static" / "css" / "site.css").read_text()
AA = 4.5


def variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))


def schemes() -> dict[str, dict[str, str]]:
    light = variables(re.search(r"^:root\s*\{(.*?)\}", CSS, re.S | re.M).group(1))
    dark_block = re.search(
        r"@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{(.*?)\}", CSS, re.S
    ).group(1)
    return {"light": light, "dark": light | variables(dark_block)}


def rule(selector: str) -> dict[str, str]:
    """The declarations of the rule whose selector list is exactly `selector`."""
    match = re.search(r"(?:^|\})\s*" + re.escape(selector) + r"\s*\{([^}]*)\}", CSS, re.M)
    assert match, f"no rule for {selector}"
    return dict(
        (name.strip(), value.strip())
        for name, value in (part.split(":", 1) for part in match.group(1).split(";") if ":" in part)
    )


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def var(value: str) -> str:
    return re.fullmatch(r"var\(--([\w-]+)\)", value).group(1)


def test_contrast_is_computed_as_wcag_does():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_key_hint_is_readable_on_its_own_background(scheme):
    colours = schemes()[scheme]
    kbd = rule("kbd")

    text, background = colours[var(kbd["color"])], colours[var(kbd["background"])]

    assert contrast(text, background) >= AA


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_space_hint_on_the_filled_show_answer_button_is_readable(scheme):
    colours = schemes()[scheme]
    button = rule(".button.primary, button.primary")
    hint = rule(".button.primary kbd, button.primary kbd")

    # The hint has no background of its own and the button's text colour.
    assert (hint["background"], hint["color"]) == ("transparent", "inherit")
    text, background = colours[var(button["color"])], colours[var(button["background"])]
    assert contrast(text, background) >= AA


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("background", ["bg", "surface"])
def test_the_shortcuts_line_and_the_intervals_are_readable(scheme, background):
    colours = schemes()[scheme]

    for selector in (".help", ".interval"):
        text = colours[var(rule(selector)["color"])]
        assert contrast(text, colours[background]) >= AA, (selector, scheme, background)
