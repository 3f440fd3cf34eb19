"""The site's production settings, with the benchmark's URLs (the site's plus two baselines)."""

from prep.settings import *  # noqa: F403

ROOT_URLCONF = "tests.perf.load.urls"
