"""The bench analysis caches: keyed on an article's content, not the path it was read from;
read only by the code version and model that wrote them; appended under a lock. Invented
text, real pipeline."""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import _common  # noqa: E402
from _common import analyze_cached, append_rows, code_digest, content_key, read_rows  # noqa: E402
from crossbrief.model import Article  # noqa: E402

TEXT = "Ann Lee said on Monday that the Velmora harbour board would reopen the pier in May."


def _article(**changes: Any) -> Article:
    fields: dict[str, Any] = {
        "id": "a1",
        "text": TEXT,
        "source": "Velmora Post",
        "title": "Pier to reopen",
        "published": "2026-03-02",
        "path": "/data/one/a1.txt",
    }
    return Article(**{**fields, **changes})


def test_the_key_leaves_out_where_an_article_was_read_from() -> None:
    moved = _article(id="x9", path="../shared/two/a1.txt", url="https://example.org/a1")
    assert content_key(moved) == content_key(_article())


@pytest.mark.parametrize(
    "change",
    [
        {"text": TEXT.replace("May", "June")},
        {"published": "2026-03-03"},
        {"title": "Pier stays shut"},
        {"source": "Harbour Times"},
    ],
)
def test_what_analysis_reads_moves_the_key(change: dict[str, str]) -> None:
    # Negative: another text, date, title or outlet is another article to analyse.
    assert content_key(_article(**change)) != content_key(_article())


def test_an_article_read_through_another_path_is_not_analysed_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "c.jsonl"
    (first,) = analyze_cached("t", [_article()], path=cache)
    assert "analyzing 1 articles" in capsys.readouterr().err
    other = _article(id="b7", path="/elsewhere/a1.txt")
    (again,) = analyze_cached("t", [other], path=cache)
    assert "analyzing" not in capsys.readouterr().err
    assert len(cache.read_text(encoding="utf-8").splitlines()) == 1
    # the row read back carries the caller's identity, and the same analysis
    assert again.article == other
    assert again.mentions == first.mentions and again.sentences == first.sentences
    # Negative: another text is analysed, and appended
    analyze_cached("t", [_article(text=TEXT.replace("May", "June"))], path=cache)
    assert "analyzing 1 articles" in capsys.readouterr().err
    assert len(cache.read_text(encoding="utf-8").splitlines()) == 2


def test_rows_of_another_code_version_or_of_none_are_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "c.jsonl"
    analyze_cached("t", [_article()], path=cache)
    (row,) = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert row["code"] == _common.code_version() and row["model"] == _common.model_key(None)
    legacy = {"key": row["key"], "analysis": row["analysis"]}  # as written before versions
    cache.write_text(
        json.dumps({**row, "code": "0123456789ab"}) + "\n" + json.dumps(legacy) + "\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    analyze_cached("t", [_article()], path=cache)
    err = capsys.readouterr().err
    assert "2 rows of another code version" in err and "analyzing 1 articles" in err
    # the old rows stay in the file (a user's cache is never cleared), the new one is added
    rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert [r.get("code") for r in rows] == ["0123456789ab", None, _common.code_version()]
    # Negative: once this version's row is there, nothing is analysed or reported again
    analyze_cached("t", [_article()], path=cache)
    err = capsys.readouterr().err
    assert "analyzing" not in err and "2 rows" in err


def test_a_line_cut_short_is_skipped(tmp_path: Path) -> None:
    cache = tmp_path / "c.jsonl"
    cache.write_text('{"key": "a", "code": "x"}\n{"key": "b", "co', encoding="utf-8")
    assert [r["key"] for r in read_rows(cache)] == ["a"]


WRITER = """
import sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from _common import append_rows

tag = sys.argv[1]
for n in range(200):
    # rows of about 3 kB: a write buffer (8 kB) ends inside one, as a worker finishes a batch
    append_rows(Path(sys.argv[2]), [{{"key": f"{{tag}}{{n}}.{{i}}", "pad": tag * 3000}} for i in range(3)])
"""


def test_two_processes_appending_never_interleave_lines(tmp_path: Path) -> None:
    cache = tmp_path / "c.jsonl"
    script = WRITER.format(bench=str(BENCH))
    procs = [
        subprocess.Popen([sys.executable, "-c", script, tag, str(cache)]) for tag in ("p", "q")
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    lines = cache.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]  # every line whole: no JSON error
    assert len(rows) == 1200
    assert {r["pad"][:1] for r in rows} == {"p", "q"}
    assert all(r["pad"] == r["key"][0] * 3000 for r in rows)


def test_an_append_waits_for_a_lock_another_process_holds(tmp_path: Path) -> None:
    # Linux writes each whole line of one process at once, so interleaving is rare; what
    # makes it impossible is the lock, shown here: a writer waits while another holds it.
    cache = tmp_path / "c.jsonl"
    script = (
        f"import sys; sys.path.insert(0, {str(BENCH)!r}); from pathlib import Path; "
        f"from _common import append_rows; append_rows(Path({str(cache)!r}), [{{'key': 'w'}}])"
    )
    with cache.open("a", encoding="utf-8") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        writer = subprocess.Popen([sys.executable, "-c", script])
        with pytest.raises(subprocess.TimeoutExpired):
            writer.wait(timeout=5)  # blocked on the lock, not slow: it writes a few bytes
        assert cache.read_text(encoding="utf-8") == ""
    # Negative: once the lock is released the row is written
    assert writer.wait(timeout=60) == 0
    assert [r["key"] for r in read_rows(cache)] == ["w"]


def test_append_rows_adds_after_what_is_there(tmp_path: Path) -> None:
    cache = tmp_path / "c.jsonl"
    append_rows(cache, [{"key": "a"}])
    append_rows(cache, [{"key": "b"}, {"key": "c"}])
    assert [r["key"] for r in read_rows(cache)] == ["a", "b", "c"]
    # Negative: appending nothing adds no line
    append_rows(cache, [])
    assert len(cache.read_text(encoding="utf-8").splitlines()) == 3


def test_append_rows_after_a_half_written_line_starts_a_new_line(tmp_path: Path) -> None:
    cache = tmp_path / "c.jsonl"
    cache.write_text('{"key": "a"}\n{"key": "hal', encoding="utf-8")  # a writer killed mid-line
    append_rows(cache, [{"key": "b"}])
    assert [r["key"] for r in read_rows(cache)] == ["a", "b"]
    # Negative: after a whole line no blank line is put in, and nothing is written for no rows
    append_rows(cache, [{"key": "c"}])
    append_rows(cache, [])
    assert cache.read_text(encoding="utf-8").endswith('"hal\n{"key": "b"}\n{"key": "c"}\n')


def test_code_digest_ignores_comments_in_files_and_sources(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f() -> int:\n    return 1  # one\n", encoding="utf-8")
    source = "def g() -> int:\n    '''Two.'''\n    return 2\n"
    before = code_digest([module], [source])
    module.write_text("def f() -> int:\n    return 1  # the single one\n", encoding="utf-8")
    assert code_digest([module], [source.replace("Two.", "A pair.")]) == before
    # Negative: a change to what the code does moves the digest
    assert code_digest([module], [source.replace("return 2", "return 3")]) != before
    module.write_text("def f() -> int:\n    return 9\n", encoding="utf-8")
    assert code_digest([module], [source]) != before


def test_the_entities_cache_follows_the_shared_code_version(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import entities

    monkeypatch.setattr(entities, "code_version", lambda: "aaaaaaaaaaaa")
    first = entities.code_key(nlp)
    assert entities.code_key(nlp) == first
    # Negative: another code version is another cache
    monkeypatch.setattr(entities, "code_version", lambda: "bbbbbbbbbbbb")
    assert entities.code_key(nlp) != first


def test_the_entities_pickle_is_read_only_for_the_stories_that_made_it(
    nlp: Any, tmp_path: Path
) -> None:
    import entities
    from _entity_data import Doc

    stories = {"s1": [Doc("d1", "Velmora Post", TEXT)]}
    prefix = tmp_path / "ent.abc.s.pkl"
    entities.analyze_all(stories, nlp, prefix)
    (made,) = tmp_path.glob("*.pkl")
    again = entities.analyze_all({"s1": [Doc("d1", "Velmora Post", TEXT)]}, nlp, prefix)
    assert list(tmp_path.glob("*.pkl")) == [made]
    assert again["s1"][0].article.text == TEXT
    # Negative: other stories (another topic count, other data) never read that pickle
    other = {"s1": [Doc("d1", "Velmora Post", TEXT.replace("May", "June"))]}
    analyzed = entities.analyze_all(other, nlp, prefix)
    assert analyzed["s1"][0].article.text.endswith("in June.")
    assert len(list(tmp_path.glob("*.pkl"))) == 2
    assert not list(tmp_path.glob("*.tmp"))


def test_a_version_given_keys_the_rows_instead_of_the_files_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a run that imported its code once passes the version computed then: files edited on
    # disk since must not name the rows that code writes
    cache = tmp_path / "c.jsonl"
    analyze_cached("t", [_article()], path=cache, version="feedfacecafe")
    (row,) = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert row["code"] == "feedfacecafe"
    capsys.readouterr()
    analyze_cached("t", [_article()], path=cache, version="feedfacecafe")
    assert "analyzing" not in capsys.readouterr().err
    # Negative: the version of the files on disk does not read the row of the given one
    analyze_cached("t", [_article()], path=cache)
    assert "analyzing 1 articles" in capsys.readouterr().err
