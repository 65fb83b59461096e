"""TF-IDF similarity and the small text helpers synthesis compares sentences with."""

from __future__ import annotations

import math

import numpy as np

from crossbrief.synthesize.text import (
    TfIdf,
    content_term,
    content_terms,
    first_person,
    fold,
    stem,
    tokens,
)


def test_fold_strips_diacritics_and_case() -> None:
    assert fold("Médecins Sans Frontières") == "medecins sans frontieres"
    assert fold("Varenskyy") == "varenskyy"


def test_stem_matches_inflections() -> None:
    assert stem("talks") == stem("talk")
    assert stem("killed") == "kill"
    assert stem("carries") == "carry"


def test_content_terms_drop_stop_words() -> None:
    assert content_terms("The ferry was carrying 40 passengers") == [
        "ferry",
        "carry",
        "40",
        "passenger",
    ]


def test_tokens_are_a_fresh_list_each_call() -> None:
    # tokens are cached per text: a caller changing its list must not change the next one's
    first = tokens("The Ferry's crew waved")
    assert first == ["the", "ferry's", "crew", "waved"]
    first.append("extra")
    assert tokens("The Ferry's crew waved") == ["the", "ferry's", "crew", "waved"]


def test_content_term_is_one_tokens_term() -> None:
    # the per-token reading content_terms and the summary's concepts share
    assert content_term("the") == "" and content_term("a") == ""
    assert content_term("talks") == "talk"
    assert content_term("talks") == content_term("talk")


def test_similarity_is_cosine_of_weighted_terms() -> None:
    texts = [
        "The ferry sank near the harbour on Friday.",
        "On Friday the ferry sank near the harbour.",
        "Parliament approved the budget.",
        "",
    ]
    sim = TfIdf(texts).similarity()
    assert sim.shape == (4, 4)
    assert np.allclose(sim, sim.T)
    assert sim[0, 1] == np.float64(sim[1, 0]) and abs(sim[0, 1] - 1.0) < 1e-9
    assert sim[0, 2] == 0.0
    # A text with no content words has no direction: similar to nothing, itself included.
    assert not sim[3].any()
    assert abs(sim[2, 2] - 1.0) < 1e-9


def test_a_possessive_is_its_word() -> None:
    # "the mayor's office" and "the mayor" tell of one mayor, in either apostrophe
    assert content_term("mayor's") == content_term("mayor\u2019s") == content_term("mayor")
    assert content_term("velmora's") == "velmora"
    assert content_terms("The harbour board's chair, Ann Lee\u2019s deputy") == content_terms(
        "The harbour board chair, Ann Lee deputy"
    )
    # a plural possessive is the plural: the apostrophe after its "s" is no letter
    assert content_terms("the dockworkers' union") == ["dockworker", "union"]
    assert content_term("dockworkers'") == content_term("dockworker")


def test_a_contracted_is_or_us_is_no_content_word() -> None:
    # "it's" is "it is", "let's" is "let us": no possessor, and never the word "it" or "let"
    for contraction in ("it's", "he\u2019s", "she's", "that's", "there's", "let's"):
        assert content_term(contraction) == "", contraction
    assert content_terms("It's late, he's sure; let's go to Velmora") == ["late", "sure", "velmora"]
    # the bare verb stays a word, and a content word's "'s" is its possessive
    assert content_term("let") == "let" and content_term("ferry's") == "ferry"


def test_a_name_ending_in_s_keeps_its_s_before_the_apostrophe() -> None:
    # "Ross'" is Ross's, no plural of "Ros": the possessive reads as the name itself
    assert content_terms("Ross' boat") == content_terms("Ross boat") == ["ross", "boat"]
    assert content_term("ross'") == "ross" != content_term("ros")


def test_first_person_answers_each_question_of_one_text_apart() -> None:
    # the answer is kept per text and per question: asking with quotations counted first
    # must not answer the later question without them, nor the singular one
    text = "Ann Lee said: \u201cWe will reopen the pier.\u201d"
    assert first_person(text)
    assert not first_person(text, quoted=False)
    assert not first_person(text, plural=False)
    assert first_person("\u201cI will go,\u201d Ann Lee said.", plural=False)


def test_tfidf_rows_hold_each_term_once_in_vocabulary_order() -> None:
    # invented terms given by the caller: a repeated term is one entry weighted by its count
    terms = [["harbour", "ferry", "ferry"], [], ["bridge", "ferry"]]
    tfidf = TfIdf(["", "", ""], terms)
    matrix = tfidf.matrix
    assert matrix.has_canonical_format  # sorted columns, no duplicate entry
    bridge, ferry, harbour = (tfidf.vocab[t] for t in ("bridge", "ferry", "harbour"))
    assert matrix.indices[matrix.indptr[0] : matrix.indptr[1]].tolist() == [ferry, harbour]
    # a text without terms has no entry at all, not zeros
    assert matrix.indptr[1] == matrix.indptr[2]
    idf = dict(zip(sorted(tfidf.vocab), tfidf.idf.tolist(), strict=True))
    weights = [(1 + math.log(2)) * idf["ferry"], idf["harbour"]]
    norm = math.sqrt(sum(w * w for w in weights))
    assert matrix[0, ferry] == weights[0] / norm
    assert matrix[0, harbour] == weights[1] / norm
    assert matrix[0, bridge] == 0.0  # a term of another text only
    assert matrix[0, ferry] > matrix[0, harbour]  # the repeated term weighs more
