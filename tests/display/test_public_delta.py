"""The public stream's deltas: applied to the view a page holds, they give exactly the new view."""

import json

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.public_delta import apply_delta, list_edits, view_delta

entries = st.fixed_dictionaries({"delegation": st.sampled_from(["Kenya", "Brazil", "Egypt", "EU"]),
                                 "language": st.sampled_from(["en", "fr", "ar"])})
views = st.fixed_dictionaries(
    {"speaker": st.none() | entries, "waiting": st.lists(entries, max_size=30), "next_speakers": st.integers(1, 10)},
    optional={"message": st.dictionaries(st.sampled_from(["en", "fr"]), st.text(max_size=5))},
)


@given(views, views)
def test_a_delta_turns_the_old_view_into_the_new_one(old, new):
    delta = view_delta(old, new)
    assert apply_delta(old, delta) == new
    assert json.loads(json.dumps(delta)) == delta  # plain JSON, as it is sent


@given(st.lists(entries, min_size=1, max_size=300), st.data())
def test_one_change_to_a_long_list_is_one_or_two_small_edits(waiting, data):
    # unique entries, as real requests are (two of one delegation differ by name or kind)
    waiting = [{**entry, "n": n} for n, entry in enumerate(waiting)]
    changed = list(waiting)
    action = data.draw(st.sampled_from(["call", "add", "move", "withdraw"]))
    if action == "call":
        changed.pop(0)
    elif action == "add":
        changed.insert(data.draw(st.integers(0, len(changed))), {"delegation": "New", "n": -1})
    elif action == "move":
        moved = changed.pop(data.draw(st.integers(0, len(changed) - 1)))
        changed.insert(data.draw(st.integers(0, len(changed))), moved)
    else:
        changed.pop(data.draw(st.integers(0, len(changed) - 1)))
    edits = list_edits(waiting, changed)
    assert len(edits) <= 2 and sum(len(insert) for _, _, insert in edits) <= 1
    assert apply_delta({"waiting": waiting}, {"set": {}, "waiting": edits})["waiting"] == changed
