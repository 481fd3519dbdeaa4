"""The analysts' pandas and DuckDB lines, run exactly as printed (extracted from
docs/analysts.md, so they cannot drift) on generated feeds laid out as a crawl leaves them."""

import json
import re
from pathlib import Path

import pytest

from newscrawl.commands.dataset import build_dataset
from newscrawl.schemas.synthetic import synthetic_article

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"
SNIPPET = re.compile(r"<!-- snippet: (?P<name>[\w-]+) -->\n```python\n(?P<code>.*?)```", re.S)


def snippets() -> dict[str, str]:
    found = {m["name"]: m["code"] for m in SNIPPET.finditer(GUIDE.read_text(encoding="utf-8"))}
    assert {"pandas", "duckdb", "duckdb-parquet", "duckdb-structure"} <= set(found), found.keys()
    return found


def test_snippets_are_short():
    for name in ("pandas", "duckdb"):
        assert len(snippets()[name].strip().splitlines()) <= 4, name


def write(path: Path, items):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


@pytest.fixture
def crawl_dir(tmp_path, monkeypatch):
    """Runs of 30 Apr, 1 May (three runs: overlap, one update) and 2 May, plus the reports."""
    t3n = tmp_path / "data" / "t3n"
    write(t3n / "2024-04-30T22-00-00+00-00.jsonl", [synthetic_article(n) for n in range(5)])
    write(t3n / "2024-05-01T06-00-00+00-00.jsonl", [synthetic_article(n) for n in range(5, 15)])
    write(
        t3n / "2024-05-01T12-00-00+00-00.jsonl",
        [synthetic_article(n) for n in range(12, 20)] + [synthetic_article(7, revision=2)],
    )
    write(t3n / "2024-05-01T18-00-00+00-00.jsonl", [])  # a run that found nothing new
    write(t3n / "2024-05-02T06-00-00+00-00.jsonl", [synthetic_article(n) for n in range(20, 25)])
    (t3n / "2024-05-01T06-00-00+00-00.jsonl.report.html").write_text("<html></html>")
    build_dataset([t3n], tmp_path / "articles.parquet")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(name):
    namespace = {}
    exec(compile(snippets()[name], f"docs/analysts.md:{name}", "exec"), namespace)
    return namespace


DAY_IDS = {str(1000000 + n) for n in range(5, 20)}


def test_pandas_day(crawl_dir):
    day = run("pandas")["day"]
    assert set(day["id"]) == DAY_IDS and len(day) == len(DAY_IDS)
    assert day.set_index("id").loc["1000007", "revision"] == 2  # the update wins
    assert str(day["published"].dt.tz) == "UTC"  # one time zone, whatever offset the page gave


def test_duckdb_day(crawl_dir):
    day = run("duckdb")["day"]
    assert set(day["id"]) == DAY_IDS and len(day) == len(DAY_IDS)
    assert day.set_index("id").loc["1000007", "revision"] == 2
    assert list(day.set_index("id").loc["1000005", "authors"]) == synthetic_article(5)["authors"]


def test_duckdb_parquet_sections(crawl_dir):
    sections = run("duckdb-parquet")["sections"]
    assert sections["articles"].sum() == 25
    assert set(sections["section"]) == {"News", "Software", "KI", "Security", "Porträt", "Trendreport"}


def test_duckdb_parquet_structure(crawl_dir):
    """blocks and links read back from Parquet as lists of structs (docs/analysts.md)."""
    found = run("duckdb-structure")
    items = [synthetic_article(n, revision=2 if n == 7 else 1) for n in range(25)]
    with_table = sum(any(b["type"] == "table" for b in i["blocks"]) for i in items) / len(items)
    assert found["tables"]["share"][0] == pytest.approx(with_table) and 0 < with_table < 1
    cited = {}
    for item in items:
        for link in item["links"]:
            if link["article_id"] is None:
                host = link["url"].split("//", 1)[1].split("/", 1)[0].removeprefix("www.")
                cited[host] = cited.get(host, 0) + 1
    assert dict(zip(found["cited"]["host"], found["cited"]["links"])) == cited
