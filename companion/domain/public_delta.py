"""What changed between two public views: the public stream sends this, not the whole view again.

With 300 people waiting the whole view is about 49 KB; one change (a speaker called, a request
added, one moved) is a few hundred bytes of delta. Pure: two views in, one plain dict out, and the
one rule to apply it (``apply_delta``), which the pages' script mirrors line for line.

A delta is ``{"set": {key: value, …}, "waiting": [[at, remove, [entry, …]], …]}``: the view's
top-level fields that changed, with their new values, and the edits that turn the old waiting list
into the new one, each applied in turn at index *at* of the list as edited so far.
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from typing import Any

#: The list the delta edits rather than resends.
LIST_KEY = "waiting"


def view_delta(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The delta that turns public view *old* into *new* (both without their ``seq``)."""
    changed = {key: value for key, value in new.items() if key != LIST_KEY and old.get(key) != value}
    gone = [key for key in old if key not in new]
    delta: dict[str, Any] = {"set": changed}
    if gone:
        delta["unset"] = gone
    old_list, new_list = old.get(LIST_KEY) or [], new.get(LIST_KEY) or []
    if old_list != new_list:
        delta[LIST_KEY] = list_edits(old_list, new_list)
    return delta


def list_edits(old: list[Any], new: list[Any]) -> list[list[Any]]:
    """The edits ``[at, remove, insert]`` that turn *old* into *new*: a call, an added request or a
    move costs one or two small edits, not the list."""
    # Entries compare by their encoding (dicts are not hashable); no junk heuristic: on long lists
    # it would treat common entries (one delegation asking twice) as noise and resend whole runs.
    keys_old = [json.dumps(entry, sort_keys=True) for entry in old]
    keys_new = [json.dumps(entry, sort_keys=True) for entry in new]
    matcher = SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            # Edits run left to right, so everything before j1 already matches *new*.
            edits.append([j1, i2 - i1, new[j1:j2]])
    return edits


def apply_delta(view: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """*view* with *delta* applied (a new dict; *view* is not changed)."""
    result = {key: value for key, value in view.items() if key not in delta.get("unset", ())}
    result.update(delta.get("set", {}))
    if LIST_KEY in delta:
        items = list(view.get(LIST_KEY) or [])
        for at, remove, insert in delta[LIST_KEY]:
            items[at : at + remove] = insert
        result[LIST_KEY] = items
    return result
