"""Geometry for the server-drawn SVG charts; the templates only place the shapes."""

import datetime as dt
from dataclasses import dataclass


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


def forecast_bars(days: list[tuple[dt.date, int]], *, width=600, height=140) -> dict:
    peak = max((count for _, count in days), default=0) or 1
    slot = width / max(len(days), 1)
    chart_height = height - 20
    bars = []
    for index, (day, count) in enumerate(days):
        bar_height = chart_height * count / peak
        bars.append(
            Bar(
                x=index * slot + 1,
                y=chart_height - bar_height,
                width=slot - 2,
                height=bar_height,
                label=day.strftime("%a %d %b"),
                value=count,
            )
        )
    return {"bars": bars, "width": width, "height": height, "peak": peak, "base": chart_height}


@dataclass
class Cell:
    x: int
    y: int
    day: dt.date
    count: int
    level: int  # 0 (none) to 4 (busiest)


def heatmap(counts: dict[dt.date, int], today: dt.date, *, days=365, size=11, gap=2) -> dict:
    """A year of days, one column per week (Monday on top), like a contribution graph."""
    start = today - dt.timedelta(days=days - 1)
    start -= dt.timedelta(days=start.weekday())
    busiest = max(counts.values(), default=0)
    cells, months = [], []
    day = start
    while day <= today:
        week = (day - start).days // 7
        count = counts.get(day, 0)
        level = 0 if not count else min(4, 1 + int(3 * count / max(busiest, 1)))
        cells.append(Cell(week * (size + gap), day.weekday() * (size + gap), day, count, level))
        if day.day == 1:
            months.append((week * (size + gap), day.strftime("%b")))
        day += dt.timedelta(days=1)
    weeks = (today - start).days // 7 + 1
    return {
        "cells": cells,
        "months": months,
        "size": size,
        "width": weeks * (size + gap),
        "height": 7 * (size + gap) + 14,
        "active_days": sum(1 for c in cells if c.count),
        "total": sum(c.count for c in cells),
    }


def topic_bars(rows: list[dict], *, width=600, row_height=26) -> dict:
    label_width = 170
    bar_space = width - label_width - 60
    bars = []
    for index, row in enumerate(rows):
        seen_share = row["seen"] / row["total"] if row["total"] else 0
        bars.append(
            {
                **row,
                "y": index * row_height,
                "seen_width": bar_space * seen_share,
                "recall_width": bar_space * seen_share * row["recall"],
                "recall_percent": round(100 * row["recall"]),
            }
        )
    return {
        "bars": bars,
        "width": width,
        "height": max(len(rows), 1) * row_height,
        "label_width": label_width,
        "bar_space": bar_space,
    }
