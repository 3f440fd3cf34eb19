"""Which base topic a question belongs to, from its own words, its section, then its answer.

The prompt decides; the section breaks a tie the prompt leaves, the answer only speaks when
neither says anything ("How does the yield keyword work within a FastAPI dependency?" is
FastAPI, whatever its answer says about generators). A framework named in the prompt is
context: it wins over the language aspects it is asked about (async def, yield, type hints),
and loses to a subject of its own ("rate limiting in FastAPI" is system design).
Measured on a hand-labelled sample: tests/questions/importing/topic_accuracy.py.
"""

import re
from functools import lru_cache

# slug -> words that point to it. A trailing "*" matches any ending ("deploy*").
KEYWORDS = {
    "pydantic": "pydantic basemodel field_validator model_validator validator* basesettings "
    "model_dump model_validate serializ* computed_field",
    "fastapi": "fastapi starlette apirouter depends dependency injection path operation* "
    "response_model* route* path parameter* query parameter* background task* backgroundtasks "
    "openapi swagger redoc asgi uvicorn "
    "middleware* endpoint* websocket* lifespan httpexception",
    "async": "async asyncio await* coroutine* event loop concurren* parallel* thread* "
    "multiprocessing semaphore* gather backpressure uvloop contextvar* cancel* "
    "non-blocking blocking cooperative",
    "databases": "database* db sql sqlalchemy orm transaction* index* migration* alembic "
    "slow quer* postgres* mysql nosql connection pool* acid isolation join* eager lazy "
    "mongodb replica* shard* asyncpg n+1 soft delete multi-tenan* bulk insert "
    "serializable repeatable read read committed dirty read* phantom read* mvcc vacuum*",
    "security": "security secur* auth authentication authori* jwt oauth* password* hash* "
    "token* cors csrf xss sql injection injection attack* protect* secret* rbac permission* "
    "encrypt* https tls owasp bearer",
    "testing": "test* pytest unittest mock* fixture* tdd testclient coverage dependency_overrides",
    "devops": "deploy* docker* kubernetes k8s ci/cd cicd nginx gunicorn production monitor* "
    "logging prometheus grafana aws gcp azure container* observability apm "
    "environment variable* config* health check* poetry pipenv monorepo polyrepo",
    "system-design": "scal* microservice* monolith load balanc* cach* queue* kafka rabbitmq "
    "celery rate limit* design a high traffic distributed consistency idempoten* "
    "real-time chat throughput latency availability replication system design "
    "rest graphql grpc",
    "frontend": "frontend front-end react javascript spa single page browser dom css html "
    "full stack ui/ux ui",
    "core-python": "python decorator* generator* iterator* iterable* list* tuple* dict* "
    "metaclass* mro garbage memory copy deepcopy slots __slots__ lambda comprehension* "
    "closure* mutable immutable dataclass* exception* module* package* import* typing "
    "type hint* duck typing magic method* descriptor* pickle yield context manager* "
    "with statement __init__ __new__ self classmethod staticmethod property gil "
    "global interpreter lock profil*",
}
# When two topics score the same, the more specific one wins; "FastAPI" is mostly context.
PRIORITY = [
    "pydantic",
    "security",
    "databases",
    "testing",
    "async",
    "devops",
    "system-design",
    "frontend",
    "fastapi",
    "core-python",
]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    patterns = {}
    for slug, words in KEYWORDS.items():
        alternatives = [
            re.escape(phrase.rstrip("*")) + (r"\w*" if phrase.endswith("*") else r"(?!\w)")
            for phrase in _phrases(words)
        ]
        # (matched in lowercased text: the same matches as IGNORECASE, in half the time)
        patterns[slug] = re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + ")")
    return patterns


def _phrases(words: str) -> list[str]:
    """Split a keyword string; two-word phrases are written with a space inside one entry."""
    known_pairs = {
        "dependency injection",
        "path operation*",
        "path parameter*",
        "query parameter*",
        "slow quer*",
        "health check*",
        "global interpreter",
        "sql injection",
        "injection attack*",
        "background task*",
        "event loop",
        "connection pool*",
        "soft delete",
        "bulk insert",
        "repeatable read",
        "read committed",
        "dirty read*",
        "phantom read*",
        "environment variable*",
        "load balanc*",
        "rate limit*",
        "design a",
        "high traffic",
        "system design",
        "single page",
        "full stack",
        "magic method*",
        "type hint*",
        "duck typing",
        "context manager*",
        "with statement",
    }
    tokens = words.split()
    phrases, index = [], 0
    while index < len(tokens):
        pair = " ".join(tokens[index : index + 2])
        if pair in known_pairs:
            phrases.append(pair)
            index += 2
        else:
            phrases.append(tokens[index])
            index += 1
    return phrases


# Named in a prompt, these say which tool the question is about, so they are kept when a
# framework is named too; the other words of these topics are aspects of using that framework.
NAMES = re.compile(
    r"(?<!\w)(?:asyncio|pydantic|basemodel|basesettings|gil|global interpreter)", re.I
)
ASPECTS = {"async", "core-python", "pydantic"}


WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _leads() -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str]]]]:
    """The first word of every keyword: whole ("db", "path" of "path operation*", "n" of
    "n+1") or a beginning ("deploy" of "deploy*"), indexed by its first three letters."""
    whole: dict[str, set[str]] = {}
    beginnings: dict[str, list[tuple[str, str]]] = {}
    for slug, words in KEYWORDS.items():
        for phrase in _phrases(words):
            stem = phrase.rstrip("*")
            lead = WORD.match(stem).group(0)
            if phrase.endswith("*") and lead == stem:
                beginnings.setdefault(lead[:3], []).append((lead, slug))
            else:
                whole.setdefault(lead, set()).add(slug)
    return whole, beginnings


def _may_name(text: str) -> set[str]:
    """The topics whose keywords could be in `text`: those with a keyword's first word among
    its words (`text` lowercased). One pass over its words, so that only their patterns
    search it."""
    whole, beginnings = _leads()
    found: set[str] = set()
    for word in set(WORD.findall(text)):
        found.update(whole.get(word, ()))
        for lead, slug in beginnings.get(word[:3], ()):
            if word.startswith(lead):
                found.add(slug)
    return found


def guess_topic(prompt: str, answer: str = "", section: str = "") -> str | None:
    """The slug of the best-matching base topic, or None when nothing points anywhere."""
    prompt, answer, section = prompt.lower(), answer.lower(), section.lower()
    candidates = _may_name(prompt) | _may_name(section) | _may_name(answer)
    patterns = {slug: p for slug, p in _patterns().items() if slug in candidates}
    in_prompt = {slug: len(p.findall(prompt)) for slug, p in patterns.items()}
    if in_prompt.get("fastapi"):
        in_prompt["fastapi"] = 1  # the framework is the context, not a subject of its own
        named = {slug for slug in ASPECTS if _named(slug, prompt)}
        for slug in (ASPECTS - named) & in_prompt.keys():
            in_prompt[slug] = 0
    scores = {}
    for slug, pattern in patterns.items():
        key = (
            in_prompt[slug],
            len(pattern.findall(section)),
            min(len(pattern.findall(answer)), 4),
        )
        if any(key):
            scores[slug] = key
    if not scores:
        return None
    if any(key[0] for key in scores.values()):
        # The prompt decides; between equals, the more specific topic (PRIORITY), not the
        # section: "How to use async SQLAlchemy in FastAPI?" under "FastAPI" is databases.
        best = max(key[0] for key in scores.values())
        tied = [slug for slug, key in scores.items() if key[0] == best]
        return min(tied, key=PRIORITY.index)
    return max(scores, key=lambda slug: (scores[slug], -PRIORITY.index(slug)))


def _named(slug: str, prompt: str) -> bool:
    names = {match.lower() for match in NAMES.findall(prompt)}
    return {
        "async": bool(names & {"asyncio"}),
        "pydantic": bool(names & {"pydantic", "basemodel", "basesettings"}),
        "core-python": bool(names & {"gil", "global interpreter"}),
    }[slug]
