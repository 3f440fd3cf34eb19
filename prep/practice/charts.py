"""Geometry for the server-drawn SVG charts.

The forecast and topic charts are a few dozen shapes, placed by their templates. The
heatmap is about 370 cells: drawn here as one SVG string, because looping over them in
the template was half of the progress page's time.
"""

import datetime as dt
import math
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


def nice_ticks(peak: int, *, most: int = 5) -> list[int]:
    """0 and up to `most - 1` round steps (1, 2 or 5 times a power of ten) reaching `peak`."""
    peak, magnitude = max(peak, 1), 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(peak / step) < most:
                return list(range(0, math.ceil(peak / step) * step + 1, step))
        magnitude *= 10


# Room on the left of the forecast for the y axis's numbers, and below for the day labels.
FORECAST_AXIS_WIDTH = 40
FORECAST_LABEL_HEIGHT = 20


def forecast_bars(days: list[tuple[dt.date, int]], *, width=600, height=150) -> dict:
    peak = max((count for _, count in days), default=0)
    ticks = nice_ticks(peak)
    top = ticks[-1]  # the axis ends on a round number at or above the busiest day
    left, base = FORECAST_AXIS_WIDTH, height - FORECAST_LABEL_HEIGHT
    chart_height = base - 14  # headroom so the top tick's number is not cut off
    slot = (width - left) / max(len(days), 1)
    bars = []
    for index, (day, count) in enumerate(days):
        bar_height = chart_height * count / top
        bars.append(
            Bar(
                x=left + index * slot + 1,
                y=base - bar_height,
                width=slot - 2,
                height=bar_height,
                label=day.strftime("%a %d %b"),
                value=count,
            )
        )
    return {
        "bars": bars,
        "width": width,
        "height": height,
        "peak": peak,
        "base": base,
        "left": left,
        "ticks": [(value, base - chart_height * value / top) for value in ticks],
    }


def forecast_svg(chart: dict) -> SafeString:
    """The forecast as one <svg>: bars, a y axis with round numbers, and grid lines."""
    left, width, base, height = chart["left"], chart["width"], chart["base"], chart["height"]
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="forecast-title"><title id="forecast-title">Bar chart of reviews due '
        f"per day for the next 30 days; the busiest day has {chart['peak']}.</title>"
    ]
    for value, y in chart["ticks"]:
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="label" x="{left - 6}" y="{y:.1f}" dy="4" text-anchor="end">'
            f"{value}</text>"
        )
    parts.extend(
        f'<rect class="bar" x="{bar.x:.1f}" y="{bar.y:.1f}" width="{bar.width:.1f}" '
        f'height="{bar.height:.1f}"><title>{escape(bar.label)}: {bar.value}</title></rect>'
        for bar in chart["bars"]
    )
    parts.append(
        f'<line class="axis" x1="{left}" x2="{width}" y1="{base}" y2="{base}"/>'
        f'<line class="axis" x1="{left}" x2="{left}" y1="0" y2="{base}"/>'
        f'<text class="label" x="{left}" y="{height - 4}">today</text>'
        f'<text class="label" x="{width}" y="{height - 4}" text-anchor="end">+30 days</text>'
        "</svg>"
    )
    return mark_safe("".join(parts))  # noqa: S308 - numbers, and text escaped above


@dataclass
class Cell:
    x: int
    y: int
    day: dt.date
    count: int
    level: int  # 0 (none) to 4 (busiest)


# Left margin for the weekday labels, top margin for the month labels.
HEATMAP_LEFT = 28
HEATMAP_TOP = 16
WEEKDAY_LABELS = {0: "Mon", 2: "Wed", 4: "Fri"}


def level(count: int, busiest: int) -> int:
    return 0 if not count else min(4, 1 + int(3 * count / max(busiest, 1)))


def heatmap(counts: dict[dt.date, int], today: dt.date, *, days=365, size=11, gap=2) -> dict:
    """A year of days, one column per week (Monday on top), like a contribution graph."""
    start = today - dt.timedelta(days=days - 1)
    start -= dt.timedelta(days=start.weekday())
    busiest = max(counts.values(), default=0)
    cells, months = [], []
    step = size + gap
    day = start
    while day <= today:
        week = (day - start).days // 7
        count = counts.get(day, 0)
        x = HEATMAP_LEFT + week * step
        cells.append(Cell(x, HEATMAP_TOP + day.weekday() * step, day, count, level(count, busiest)))
        if day.day == 1:
            months.append((x, day.strftime("%b")))
        day += dt.timedelta(days=1)
    width = HEATMAP_LEFT + ((today - start).days // 7 + 1) * step
    # A month label needs about three columns: drop one that would overlap the next, or
    # run past the right edge (both used to be cut off).
    months = [
        (x, name)
        for index, (x, name) in enumerate(months)
        if x + 26 <= width and (index + 1 == len(months) or months[index + 1][0] - x >= 3 * step)
    ]
    return {
        "cells": cells,
        "months": months,
        "size": size,
        "step": step,
        "width": width,
        "height": HEATMAP_TOP + 7 * step,
        "busiest": busiest,
        "active_days": sum(1 for c in cells if c.count),
        "total": sum(c.count for c in cells),
    }


def heatmap_svg(chart: dict) -> SafeString:
    """The heatmap as one <svg> element; every text in it is escaped."""
    size, step, top = chart["size"], chart["step"], HEATMAP_TOP
    parts = [
        f'<svg class="heatmap" viewBox="0 0 {chart["width"]} {chart["height"]}" '
        f'width="{chart["width"]}" height="{chart["height"]}" role="img" '
        'aria-labelledby="heatmap-title">'
        f'<title id="heatmap-title">Heatmap of reviews per day: {chart["total"]} reviews on '
        f"{chart['active_days']} days in the last year.</title>"
    ]
    parts.extend(
        f'<text class="label" x="{x}" y="{top - 4}">{escape(name)}</text>'
        for x, name in chart["months"]
    )
    parts.extend(
        f'<text class="label" x="0" y="{top + weekday * step + size - 1}">{name}</text>'
        for weekday, name in WEEKDAY_LABELS.items()
    )
    parts.extend(
        f'<rect class="cell level-{cell.level}" x="{cell.x}" y="{cell.y}" width="{size}" '
        f'height="{size}" rx="2"><title>{escape(_day_label(cell.day))}: {cell.count}</title></rect>'
        for cell in chart["cells"]
    )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - numbers, and text escaped above


def _day_label(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def heatmap_legend(busiest: int) -> list[tuple[int, str]]:
    """(level, what it means) for the legend under the heatmap, from "less" to "more"."""
    if not busiest:
        return [(0, "no reviews")]
    # level() gives 1 + int(3 * count / busiest): the first count reaching each level.
    firsts = {level(count, busiest): count for count in range(busiest, 0, -1)}
    edges = sorted(firsts.items())
    legend = [(0, "no reviews")]
    for index, (value, first) in enumerate(edges):
        last = edges[index + 1][1] - 1 if index + 1 < len(edges) else busiest
        span = str(first) if first == last else f"{first}–{last}"
        legend.append((value, f"{span} review{'s' if last != 1 else ''}"))
    return legend


def topic_bars(rows: list[dict]) -> list[dict]:
    """Per topic, the bar's parts as percentages of its track: seen, and recalled of seen.

    Percentages, so the bars stretch to any width while the topic names stay HTML text
    at the page's size (a scaled SVG made them 6 px tall on a phone).
    """
    bars = []
    for row in rows:
        seen_share = row["seen"] / row["total"] if row["total"] else 0
        bars.append(
            {
                **row,
                "seen_width": f"{100 * seen_share:.1f}",
                "recall_width": f"{100 * seen_share * row['recall']:.1f}",
                "recall_percent": round(100 * row["recall"]),
            }
        )
    return bars
