"""The rooms of the house import one way: prep -> interviews -> practice -> questions -> accounts.

Python imports and templates ({% load %} of a tag library, {% include %}/{% extends %} of
another app's template) both count. Run this file with Python to print the graph.
"""

import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Lowest first: an app may use only apps to its left.
ORDER = ["accounts", "questions", "practice", "interviews", "prep"]
TAG_LIBRARIES = {"bank": "questions", "practice": "practice"}
TEMPLATE_DIRS = {"accounts": "accounts", "allauth": "accounts", "admin": "questions"}


def app_of_module(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] == "prep" and len(parts) > 1 and parts[1] in ("practice", "interviews"):
        return parts[1]
    return parts[0] if parts[0] in ORDER else None


def app_of_path(path: Path) -> str | None:
    relative = path.relative_to(ROOT)
    if relative.parts[0] == "templates":
        folder = relative.parts[1] if len(relative.parts) > 2 else "accounts"  # base.html
        return TEMPLATE_DIRS.get(folder, folder)
    return app_of_module(".".join(relative.with_suffix("").parts))


def python_edges():
    for app_dir in ("accounts", "questions", "prep"):
        for path in (ROOT / app_dir).rglob("*.py"):
            source = app_of_path(path)
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                else:
                    continue
                for name in names:
                    target = app_of_module(name)
                    if target and target != source:
                        yield source, target, f"{path.relative_to(ROOT)}: {name}"


TEMPLATE_USE = re.compile(r"""{%\s*(load|include|extends)\s+([^%]+?)\s*%}""")


def template_edges():
    for path in (ROOT / "templates").rglob("*.html"):
        source = app_of_path(path)
        for kind, argument in TEMPLATE_USE.findall(path.read_text()):
            if kind == "load":
                targets = [TAG_LIBRARIES.get(name) for name in argument.split()]
            else:
                quoted = re.match(r"""["']([\w/]+)/""", argument)
                folder = quoted.group(1) if quoted else None
                targets = [TEMPLATE_DIRS.get(folder, folder)] if folder else []
            for target in targets:
                if target in ORDER and target != source:
                    yield source, target, f"{path.relative_to(ROOT)}: {kind} {argument}"


def upward(edges):
    return [where for source, target, where in edges if ORDER.index(target) > ORDER.index(source)]


def test_it_never_imports_a_higher_app_from_a_lower_one():
    assert upward(python_edges()) == []


def test_it_never_uses_a_higher_apps_tags_or_templates_from_a_lower_apps_template():
    assert upward(template_edges()) == []


def test_it_sees_the_imports_it_checks():
    """The checker is not blind: it finds the downward imports every app makes."""
    pairs = {(source, target) for source, target, _ in python_edges()}
    assert {("questions", "accounts"), ("practice", "questions"), ("prep", "practice")} <= pairs
    assert ("practice", "questions") in {(s, t) for s, t, _ in template_edges()}


if __name__ == "__main__":
    for name, edges in (("python", python_edges()), ("templates", template_edges())):
        counts = Counter((source, target) for source, target, _ in edges)
        print(f"{name} imports (from -> to: count)")
        for (source, target), count in sorted(counts.items(), key=lambda kv: ORDER.index(kv[0][0])):
            direction = "UP!" if ORDER.index(target) > ORDER.index(source) else ""
            print(f"  {source:>10} -> {target:<10} {count:3} {direction}")
    sys.exit(0)
