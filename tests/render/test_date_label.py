"""Timeline date labels are shared by the renderers, not owned by the HTML one."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import crossbrief.render.markdown as markdown
from crossbrief.render.date_labels import date_label


def test_a_year_less_day_reads_with_its_month_name() -> None:
    assert date_label("XXXX-11-14") == "Nov. 14 (year not given)"
    assert date_label("2040-11-14") == "2040-11-14"
    assert date_label("XXXX-13-01") == "XXXX-13-01"


def test_the_markdown_renderer_imports_no_html_module() -> None:
    tree = ast.parse(Path(markdown.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {m for m in imported if m and m.startswith("crossbrief.render.html")}


def test_the_json_contract_describes_the_year_less_day() -> None:
    schema = json.loads(
        (Path(markdown.__file__).parent.parent / "schema" / "brief.schema.json").read_text()
    )
    date = schema["properties"]["timeline"]["items"]["properties"]["date"]
    assert "XXXX-MM-DD" in date["description"]
