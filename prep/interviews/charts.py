"""The score-over-time chart on the interview history page, drawn on the server."""

from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float
    score: float
    label: str
    show_label: bool = True


def score_line(scores: list[tuple[str, float]], *, width=600, height=180, pad=28) -> dict:
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
    gridlines = [(value, round(pad + inner_h * (4 - value) / 3, 1)) for value in (1, 2, 3, 4)]
    # Dates under the points, thinned so that they never overlap.
    every = max(1, round(len(points) / 8))
    for index, point in enumerate(points):
        point.show_label = index % every == 0 or index == len(points) - 1
    return {
        "points": points,
        "path": " ".join(f"{p.x:.1f},{p.y:.1f}" for p in points),
        "gridlines": gridlines,
        "width": width,
        "height": height,
        "pad": pad,
        "right": width - pad,
        "label_y": height - 6,
    }
