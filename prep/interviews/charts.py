"""The score-over-time chart on the interview history page, drawn on the server."""

from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float
    score: float
    label: str


def score_line(scores: list[tuple[str, float]], *, width=600, height=160, pad=24) -> dict:
    """Average score (1-4) of each interview, oldest first, as points on a line."""
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    step = inner_w / max(len(scores) - 1, 1)
    points = [
        Point(
            x=pad + index * step,
            y=pad + inner_h * (4 - score) / 3,
            score=round(score, 1),
            label=label,
        )
        for index, (label, score) in enumerate(scores)
    ]
    gridlines = [(value, pad + inner_h * (4 - value) / 3) for value in (1, 2, 3, 4)]
    return {
        "points": points,
        "path": " ".join(f"{p.x:.1f},{p.y:.1f}" for p in points),
        "gridlines": gridlines,
        "width": width,
        "height": height,
        "pad": pad,
    }
