"""How parsing time grows with the document: the shapes that once made it quadratic, and a
one-megabyte document. tests/questions/importing/test_fuzz.py checks the same growth by
counting work; this prints what it costs in seconds."""

import statistics
import time

import pytest

from questions.importing import SEEDS_DIR
from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import read_document
from tests.questions.importing.documents import GROWING


def parse(text: str) -> int:
    return len([clean_item(item) for item in parse_document(read_document(text.encode())).items])


def median_seconds(text: str, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        parse(text)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


@pytest.mark.parametrize("shape", GROWING)
def test_bench_growth_of_adversarial_shapes(shape):
    small, large = GROWING[shape](1), GROWING[shape](8)

    one, eight = median_seconds(small, runs=5), median_seconds(large, runs=5)

    print(
        f"\n{shape}: 1x ({len(small) / 1024:.0f} KB) median {one * 1000:.1f} ms, "
        f"8x median {eight * 1000:.1f} ms, {eight / one:.1f}x"
    )
    assert parse(large) >= 1


def test_bench_a_one_megabyte_document():
    seeds = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt")))
    text = seeds * (1024 * 1024 // len(seeds.encode()) + 1)

    timings = []
    for _ in range(3):
        started = time.perf_counter()
        drafts = parse(text)
        timings.append(time.perf_counter() - started)

    print(
        f"\none-megabyte document ({len(text.encode()) / 1e6:.1f} MB, {drafts} questions): "
        f"median {statistics.median(timings):.2f} s"
    )
    assert drafts > 3000
