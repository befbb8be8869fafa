"""Whatever JSON arrives, ``decide`` answers with a refusal or events, never a crash."""

from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import CommandRefused, execute
from companion.domain.commands import command_types

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)
field_names = st.sampled_from(
    [
        "item_id",
        "request_id",
        "language",
        "kind",
        "attendance",
        "minutes",
        "position",
        "status",
        "changes",
        "channel",
        "text",
        "participant_id",
        "reason",
        "expected_seq",
        "on_behalf_of",
        "expected_request_id",
    ]
)
field_values = json_values | st.sampled_from(
    ["d1-floor-morning", "d1-quiz", "en", "statement", "live", "fr-16"]
)
commands = st.builds(
    lambda kind, fields: {"type": kind, **fields},
    st.sampled_from(sorted(command_types())) | json_values,
    st.dictionaries(field_names, field_values, max_size=6),
)

MEETING = Meeting()


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["chair", "del-br", "int-fr"]), commands | json_values)
def test_decide_refuses_or_succeeds_never_crashes(who, command):
    try:
        execute(MEETING.state, command, MEETING.state.participants[who], MEETING.now)
    except CommandRefused as refusal:
        assert refusal.message
