"""Which base topic a question belongs to, from its section and its own words."""

import re
from functools import lru_cache

# slug -> words that point to it. A trailing "*" matches any ending ("deploy*").
KEYWORDS = {
    "pydantic": "pydantic basemodel field_validator model_validator validator* basesettings "
    "model_dump model_validate serializ* computed_field",
    "fastapi": "fastapi starlette apirouter depends dependency injection path operation* "
    "response_model background task* backgroundtasks openapi swagger redoc asgi uvicorn "
    "middleware* endpoint* router* websocket* lifespan httpexception",
    "async": "async asyncio await* coroutine* event loop concurren* parallel* thread* "
    "multiprocessing gil semaphore* gather backpressure uvloop contextvar* cancel* "
    "non-blocking blocking cooperative",
    "databases": "database* sql sqlalchemy orm transaction* index* migration* alembic "
    "slow quer* postgres* mysql nosql connection pool* acid isolation join* eager lazy "
    "mongodb replica* shard* asyncpg n+1 soft delete multi-tenan* bulk insert",
    "security": "security secur* auth authentication authori* jwt oauth* password* hash* "
    "token* cors csrf xss injection secret* rbac permission* encrypt* https tls "
    "owasp bearer",
    "testing": "test* pytest unittest mock* fixture* tdd testclient coverage "
    "dependency_overrides debug* profil*",
    "devops": "deploy* docker* kubernetes k8s ci/cd cicd nginx gunicorn production monitor* "
    "logging prometheus grafana aws gcp azure container* observability apm "
    "environment variable* config*",
    "system-design": "scal* microservice* monolith load balanc* cach* queue* kafka rabbitmq "
    "celery rate limit* design a high traffic distributed consistency idempoten* "
    "real-time chat throughput latency availability replication system design",
    "frontend": "frontend front-end react javascript spa single page browser dom css html "
    "full stack ui/ux ui",
    "core-python": "python decorator* generator* iterator* iterable* list* tuple* dict* "
    "metaclass* mro garbage memory copy deepcopy slots __slots__ lambda comprehension* "
    "closure* mutable immutable dataclass* exception* module* package* import* typing "
    "type hint* duck typing magic method* descriptor* pickle yield context manager* "
    "with statement __init__ __new__ self classmethod staticmethod property",
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
        patterns[slug] = re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
    return patterns


def _phrases(words: str) -> list[str]:
    """Split a keyword string; two-word phrases are written with a space inside one entry."""
    known_pairs = {
        "dependency injection",
        "path operation*",
        "background task*",
        "event loop",
        "connection pool*",
        "soft delete",
        "bulk insert",
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


def guess_topic(prompt: str, answer: str = "", section: str = "") -> str | None:
    """The slug of the best-matching base topic, or None when nothing points anywhere."""
    scores = {}
    for slug, pattern in _patterns().items():
        score = (
            2 * len(pattern.findall(section))
            + 3 * len(pattern.findall(prompt))
            + min(len(pattern.findall(answer)), 4)
        )
        if score:
            scores[slug] = score
    if not scores:
        return None
    return max(scores, key=lambda slug: (scores[slug], -PRIORITY.index(slug)))
