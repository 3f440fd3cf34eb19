"""Python pasted onto one line comes back as indented code that compiles, or is left alone."""

import ast

import pytest

from questions.importing.flattened import (
    compiles,
    is_flattened,
    restore_flattened_code,
    restore_python,
)

RESTORED = {
    "try/finally in a generator": (
        "def get_db(): db = SessionLocal() try: yield db finally: db.close()",
        "def get_db():\n"
        "    db = SessionLocal()\n"
        "    try:\n"
        "        yield db\n"
        "    finally:\n"
        "        db.close()",
    ),
    "decorators, async def and comments": (
        "from pydantic import BaseModel class Item(BaseModel): name: str price: float "
        '@app.post("/items") async def create(item: Item): # validated on the way in '
        "return item # serialized on the way out",
        "from pydantic import BaseModel\n\n"
        "class Item(BaseModel):\n"
        "    name: str\n"
        "    price: float\n\n"
        '@app.post("/items")\n'
        "async def create(item: Item):  # validated on the way in\n"
        "    return item  # serialized on the way out",
    ),
    "methods stay in their class, handlers go back to the top": (
        "class NotFoundError(Exception): def __init__(self, msg): self.msg = msg "
        "@app.exception_handler(NotFoundError) async def handler(request, exc): "
        "return JSONResponse(status_code=404)",
        "class NotFoundError(Exception):\n"
        "    def __init__(self, msg):\n"
        "        self.msg = msg\n\n"
        "@app.exception_handler(NotFoundError)\n"
        "async def handler(request, exc):\n"
        "    return JSONResponse(status_code=404)",
    ),
    "validators with stacked decorators and early returns": (
        'class SignUp(BaseModel): password: str @field_validator("password") @classmethod '
        'def strong(cls, v: str) -> str: if len(v) < 8: raise ValueError("too short") return v',
        "class SignUp(BaseModel):\n"
        "    password: str\n"
        '    @field_validator("password")\n'
        "    @classmethod\n"
        "    def strong(cls, v: str) -> str:\n"
        "        if len(v) < 8:\n"
        '            raise ValueError("too short")\n'
        "        return v",
    ),
    "nested loop in a while, except back at the try": (
        "async def ws(websocket): await websocket.accept() try: while True: "
        'msg = await websocket.receive_text() await websocket.send_text(f"echo: {msg}") '
        "except WebSocketDisconnect: pass",
        "async def ws(websocket):\n"
        "    await websocket.accept()\n"
        "    try:\n"
        "        while True:\n"
        "            msg = await websocket.receive_text()\n"
        '            await websocket.send_text(f"echo: {msg}")\n'
        "    except WebSocketDisconnect:\n"
        "        pass",
    ),
    "a nested generator returned from its function": (
        "async def stream(): def gen(): for row in rows(): yield row "
        'return StreamingResponse(gen(), media_type="text/csv")',
        "async def stream():\n"
        "    def gen():\n"
        "        for row in rows():\n"
        "            yield row\n"
        '    return StreamingResponse(gen(), media_type="text/csv")',
    ),
    "a bare yield before an await, a comment that runs into code": (
        "@asynccontextmanager async def lifespan(app): app.state.pool = await create_pool() "
        "# startup yield await app.state.pool.close() # shutdown app = FastAPI(lifespan=lifespan)",
        "@asynccontextmanager\n"
        "async def lifespan(app):\n"
        "    app.state.pool = await create_pool()  # startup\n"
        "    yield\n"
        "    await app.state.pool.close()  # shutdown\n"
        "app = FastAPI(lifespan=lifespan)",
    ),
    "if/elif/else, and a conditional expression left inside its statement": (
        'def grade(n): if n > 90: return "A" elif n > 50: label = "B" if n > 70 else "C" '
        "return label else: return None",
        "def grade(n):\n"
        "    if n > 90:\n"
        '        return "A"\n'
        "    elif n > 50:\n"
        '        label = "B" if n > 70 else "C"\n'
        "        return label\n"
        "    else:\n"
        "        return None",
    ),
    # Nothing says where the with block ends: it runs on until a return ends it.
    "with blocks and lambdas, whose colon opens no block": (
        "def load(path): with open(path) as f: data = json.load(f) "
        'key = lambda item: item["id"] return sorted(data, key=key)',
        "def load(path):\n"
        "    with open(path) as f:\n"
        "        data = json.load(f)\n"
        '        key = lambda item: item["id"]\n'
        "        return sorted(data, key=key)",
    ),
    "a test module: imports, module code, asserts": (
        "from fastapi.testclient import TestClient client = TestClient(app) def test_it(): "
        'resp = client.get("/users/1") assert resp.status_code == 200',
        "from fastapi.testclient import TestClient\n"
        "client = TestClient(app)\n\n"
        "def test_it():\n"
        '    resp = client.get("/users/1")\n'
        "    assert resp.status_code == 200",
    ),
    "code after a function that uses the function": (
        "def get_test_db(): yield TestingSession() "
        "app.dependency_overrides[get_db] = get_test_db client = TestClient(app)",
        "def get_test_db():\n"
        "    yield TestingSession()\n"
        "app.dependency_overrides[get_db] = get_test_db\n"
        "client = TestClient(app)",
    ),
    "lines that lost only their indentation": (
        "def get_db():\ndb = SessionLocal()\ntry:\nyield db\nfinally:\ndb.close()",
        "def get_db():\n"
        "    db = SessionLocal()\n"
        "    try:\n"
        "        yield db\n"
        "    finally:\n"
        "        db.close()",
    ),
}


@pytest.mark.parametrize("flattened, expected", RESTORED.values(), ids=RESTORED.keys())
def test_it_restores_flattened_python(flattened, expected):
    restored = restore_python(flattened)

    assert restored == expected
    ast.parse(restored)
    assert compiles(restored)


LEFT_ALONE = {
    "a valid one-liner": "def read_item(id: int): return {'id': id}",
    "decorated valid one-liner": '@app.get("/items")\ndef read_item(id: int): return {"id": id}',
    "indented code": "class Service:\n    def __init__(self, db):\n        self.db = db",
    "an expression": "asyncio.gather(*tasks)",
    "a fragment with an ellipsis body": "async def log_requests(request, call_next): ...",
}


@pytest.mark.parametrize("code", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_it_leaves_python_that_already_compiles_alone(code):
    assert not is_flattened(code)
    assert restore_python(code) is None
    assert restore_flattened_code(f"```python\n{code}\n```") == (f"```python\n{code}\n```", 0)


NOT_PYTHON = {
    "sql": "```sql\nSELECT id FROM users WHERE id = 1; UPDATE users SET x = 1 WHERE id = 2;\n```",
    "shell": "```bash\npip install fastapi uvicorn && uvicorn main:app --reload --port 8000\n```",
    "javascript": "```javascript\nfunction f() { if (x) { return 1 } else { return 2 } }\n```",
    "json": '```json\n{"a": 1, "b": [1, 2]}\n```',
    "shell without a language": "```\npip install fastapi uvicorn\nuvicorn main:app --reload\n```",
    "sql without a language": "```\nSELECT id FROM users WHERE id = 1 ORDER BY id\n```",
}


@pytest.mark.parametrize("markdown", NOT_PYTHON.values(), ids=NOT_PYTHON.keys())
def test_it_never_touches_code_of_other_languages(markdown):
    assert restore_flattened_code(markdown) == (markdown, 0)


def test_it_keeps_what_it_cannot_restore_and_counts_it():
    markdown = (
        "Routes:\n\n```python\n"
        "def routes run in threadpool. async def run on event loop. Use async for I/O.\n```"
    )

    assert restore_flattened_code(markdown) == (markdown, 1)


def test_it_restores_every_block_of_an_answer_and_keeps_the_prose():
    markdown = (
        "Use a generator dependency.\n\n"
        "```python\ndef get_db(): db = SessionLocal() try: yield db finally: db.close()\n```\n\n"
        "And a plain one:\n\n```python\nx = 1\n```"
    )

    restored, failed = restore_flattened_code(markdown)

    assert failed == 0
    assert restored.startswith("Use a generator dependency.\n\n```python\ndef get_db():\n")
    assert "    finally:\n        db.close()\n```" in restored
    assert restored.endswith("And a plain one:\n\n```python\nx = 1\n```")
    assert restore_flattened_code(restored) == (restored, 0)  # nothing left to restore


def test_it_never_takes_strings_or_comments_apart():
    flattened = "def f(): s = 'a: b # c' return s # done: ok"

    assert restore_python(flattened) == "def f():\n    s = 'a: b # c'\n    return s  # done: ok"


def test_it_gives_up_on_unbalanced_code_without_raising():
    assert restore_python("def f(: return (1") is None
    assert restore_python("if x: else: y = 'unterminated") is None


def test_code_nested_too_deep_to_compile_is_kept_as_it_is():
    markdown = "```python\nx = " + "-" * 3_900 + "1\n```"

    assert restore_flattened_code(markdown) == (markdown, 0)
