"""A booth's "slow down" is acknowledged when a chair's screen shows it; once is enough."""

import pytest
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.instants import to_iso


def test_the_chairs_screen_acknowledges_once():
    m = Meeting()
    m.run("int-fr", type="interpreter.slow_down")
    asked = m.state.slow_downs[-1]
    assert asked.seen_at is None
    m.tick(2)
    events = m.run("chair", type="interpreter.slow_down_seen", booth="fr", at=to_iso(asked.at))
    assert [e.type for e in events] == ["interpreter.slow_down_seen"]
    assert m.state.slow_downs[-1].seen_at == m.now
    assert m.run("secretariat", type="interpreter.slow_down_seen", booth="fr", at=to_iso(asked.at)) == []


def test_only_the_chairs_table_acknowledges_and_only_what_was_asked():
    m = Meeting()
    m.run("int-fr", type="interpreter.slow_down")
    at = to_iso(m.state.slow_downs[-1].at)
    for actor in ("int-fr", "del-ke"):
        with pytest.raises(Forbidden):
            m.run(actor, type="interpreter.slow_down_seen", booth="fr", at=at)
    with pytest.raises(Invalid):
        m.run("chair", type="interpreter.slow_down_seen", booth="ar", at=at)
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="interpreter.slow_down_seen", booth="fr", at="yesterday")
    assert refused.value.code == "invalid_time"
