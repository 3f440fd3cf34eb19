"""Accessibility scans of the page a journey is on: axe-core, plus a few checks of our own.

axe-core comes from npm, installed by tests/e2e/package.json (`npm ci`, run by the
e2e conftest when node_modules is missing). Our own checks catch mistakes templates
make easily that axe reports differently (exactly one <h1>, one <main>).
"""

import subprocess
from functools import cache
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

HERE = Path(__file__).parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA: what the product promises.
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = r"""
async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} -- ` +
    v.nodes.slice(0, 3).map((n) => n.target.join(" ") + ": " + n.failureSummary
      .replace(/\s+/g, " ")).join(" | "));
}
"""


@cache
def axe_source() -> str:
    """axe-core's script, installed from the lock file the first time it is needed."""
    if not AXE.exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True, capture_output=True
        )
    return AXE.read_text()


# Each problem names the element (tag, id, classes) and quotes the start of its markup.
CHECK_PAGE = """
() => {
  const problems = [];
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    for (const cls of el.classList) name += "." + cls;
    return name + " " + el.outerHTML.replace(/\\s+/g, " ").slice(0, 120);
  };
  const text = (s) => (s || "").replace(/\\s+/g, " ").trim();
  const labelledBy = (el) =>
    text((el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean)
      .map((id) => { const ref = document.getElementById(id); return ref ? ref.textContent : ""; })
      .join(" "));
  const visible = (el) => el.checkVisibility({visibilityProperty: true});

  if (!text(document.documentElement.getAttribute("lang"))) {
    problems.push("<html> has no lang attribute");
  }
  const h1s = document.querySelectorAll("h1");
  if (h1s.length !== 1) {
    problems.push(`expected exactly one <h1>, found ${h1s.length}: ` +
      [...h1s].map((h) => JSON.stringify(text(h.textContent))).join(", "));
  }
  const mains = document.querySelectorAll("main, [role=main]");
  if (mains.length !== 1) {
    problems.push(`expected exactly one <main> landmark, found ${mains.length}`);
  }

  for (const attribute of ["aria-labelledby", "aria-describedby"]) {
    for (const el of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of el.getAttribute(attribute).split(/\\s+/).filter(Boolean)) {
        const ref = document.getElementById(id);
        if (!ref || !text(ref.textContent)) {
          problems.push(`${attribute}="${id}" points to ${ref ? "an empty element" : "nothing"}: ` +
            describe(el));
        }
      }
    }
  }

  const skipped = new Set(["hidden", "submit", "button", "reset", "image"]);
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (skipped.has(el.type) || !visible(el)) continue;
    // el.labels: <label for=id> and a wrapping <label>; the label must say something.
    const labelText = text([...el.labels].map((l) => l.textContent).join(" "));
    if (!labelText && !text(el.getAttribute("aria-label")) && !labelledBy(el)) {
      problems.push("form field without a label: " + describe(el));
    }
  }

  for (const img of document.querySelectorAll("img")) {
    if (!img.hasAttribute("alt")) problems.push("image without alt: " + describe(img));
  }

  const controls = "a[href], button, [role=button], [role=link], " +
    "input[type=submit], input[type=button], input[type=reset]";
  for (const el of document.querySelectorAll(controls)) {
    const imageAlts = [...el.querySelectorAll("img[alt]")].map((img) => img.alt).join(" ");
    const name = text(el.getAttribute("aria-label")) || labelledBy(el) ||
      text(el.textContent) || text(imageAlts) || text(el.getAttribute("title")) ||
      (el.tagName === "INPUT" ? text(el.value) : "");
    if (!name) problems.push("link or button without an accessible name: " + describe(el));
  }
  return problems;
}
"""


def with_axe(context: BrowserContext) -> BrowserContext:
    """Load axe-core into every page of the context before the page's own scripts.

    An init script is not subject to the site's Content-Security-Policy, which refuses
    the inline <script> that injecting it into a loaded page would take.
    """
    context.add_init_script(script=axe_source())
    return context


def accessibility_problems(page: Page) -> list[str]:
    """What axe-core and CHECK_PAGE find wrong with the page now; empty when all is well."""
    assert page.evaluate("typeof window.axe !== 'undefined'"), (
        "axe-core is not loaded: open the page in a context made with with_axe()"
    )
    return page.evaluate(CHECK_PAGE) + page.evaluate(RUN_AXE, AXE_RULES)
