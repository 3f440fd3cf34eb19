"""Shapes met in held-out set 51: a notebook saved as a script (a Databricks notebook's
source file, cells between "COMMAND" rulers and markdown behind "MAGIC"; the "percent"
cells Jupytext and VS Code write), read as the notebook it is: a markdown cell that sets a
task, the code cells under it its answer."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

DATABRICKS = """\
# Databricks notebook source
# MAGIC %md
# MAGIC # SQL drills
# MAGIC
# MAGIC Tables: `employees(id, department_id, salary)`.

# COMMAND ----------

# MAGIC %md
# MAGIC ### Q1. Find the second highest salary in each department.
# MAGIC (asked at the onsite, they wanted ties handled)

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT department_id, salary
# MAGIC FROM ranked WHERE rnk = 2

# COMMAND ----------

# MAGIC %md
# MAGIC ### Q2. What's the difference between UNION and UNION ALL?
# MAGIC
# MAGIC UNION removes duplicate rows, UNION ALL just appends the results.

# COMMAND ----------

# MAGIC %md
# MAGIC ### Q3. Longest streak of consecutive login days per user
# MAGIC
# MAGIC TODO - the trick is a date minus row_number(), not working yet

# COMMAND ----------

# MAGIC %sql
# MAGIC -- TODO

# COMMAND ----------

# MAGIC %md
# MAGIC ### Q4. Count orders per customer with the DataFrame API.

# COMMAND ----------

orders = spark.table("orders")
display(orders.groupBy("customer_id").count())
"""


def test_a_databricks_notebook_is_read_as_its_cells_each_task_answered_by_the_code_under_it():
    pairs = pairs_of(DATABRICKS)

    assert [prompt for prompt, _ in pairs] == [
        "Find the second highest salary in each department.",
        "What's the difference between UNION and UNION ALL?",
        "Longest streak of consecutive login days per user",
        "Count orders per customer with the DataFrame API.",
    ]
    salary, union, streak, orders = (answer for _, answer in pairs)
    assert "```sql\nSELECT department_id, salary\nFROM ranked WHERE rnk = 2\n```" in salary
    assert "MAGIC" not in salary
    assert union == "UNION removes duplicate rows, UNION ALL just appends the results."
    assert streak == ""  # a note to do it, over a cell holding only "-- TODO": no answer
    assert orders.startswith("```python\norders = spark.table")


def test_a_sql_notebooks_source_comments_with_dashes():
    text = (
        "-- Databricks notebook source\n"
        "-- MAGIC %md\n-- MAGIC ### Q1. List the departments without employees.\n\n"
        "-- COMMAND ----------\n\n"
        "SELECT d.id FROM departments d\nWHERE NOT EXISTS (SELECT 1 FROM employees e)\n"
    )

    [(prompt, answer)] = pairs_of(text)

    assert prompt == "List the departments without employees."
    assert answer.startswith("```sql\nSELECT d.id FROM departments d")


PERCENT = """\
# %% [markdown]
# # asyncio drills

# %% [markdown]
# ### 1. Run three coroutines at once and collect their results.

# %%
import asyncio

async def main():
    return await asyncio.gather(one(), two(), three())

# %% [markdown]
# ### 2. What happens if you call time.sleep() inside a coroutine?
#
# It blocks the event loop: no other task runs until it returns.

# %%
"""


def test_a_script_in_percent_cells_is_read_as_a_notebook():
    assert read_text(PERCENT).read_as.startswith("a notebook saved as a script")
    pairs = pairs_of(PERCENT)

    assert [prompt for prompt, _ in pairs] == [
        "Run three coroutines at once and collect their results.",
        "What happens if you call time.sleep() inside a coroutine?",
    ]
    assert "return await asyncio.gather(one(), two(), three())" in pairs[0][1]
    assert pairs[1][1] == "It blocks the event loop: no other task runs until it returns."


def test_a_python_script_with_cell_marks_but_no_markdown_cell_is_still_a_module():
    text = "import os\n\n# %%\nprint(os.getcwd())\n\n# %%\nprint(1)\n\n# %%\nprint(2)\n"

    assert not read_text(text).read_as.startswith("a notebook saved as a script")
