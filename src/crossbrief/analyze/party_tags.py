"""Party-and-state tags after an American politician's name ("(R-Va.)", ", D- Calif.,",
"(D-CA)", "(R-Texas)"), one pattern for the quote openers (a transcript label 'Rep. Ann Lee
(R-S.C.):') and the entities (the party letter and the state are no names)."""

from __future__ import annotations

import re

# The party letter, a dash, then the state: abbreviated with dots ("Va.", "S.C.", "S. C."),
# postal ("CA"), or spelled out right before a closing bracket ("Texas)").
PARTY_STATE = r"[RDI]-[ \t]?(?:[A-Z][A-Za-z]*\.(?:[ \t]?[A-Z][a-z]*\.)?|[A-Z]{2}|[A-Z][a-z]+(?=\)))"
# A tag anywhere in a text, in brackets or between commas; the match leaves out the
# closing bracket or comma.
PARTY_TAG = re.compile(r"(?:\(|,[ \t]+)" + PARTY_STATE + r"(?=[),;]|[ \t]*$)", re.MULTILINE)
# A tag in brackets ending the searched range (a label's name right before its colon).
PARTY_TAG_AT_END = re.compile(r"\s*\(" + PARTY_STATE + r"\)\s*$")
