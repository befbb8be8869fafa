"""The app's snapshot in two parts: the whole one from a server without ``/view``, the own part
asked again until it is as new as the view, and a part it cannot read is a typed error."""

import pytest

from companion.client.errors import Problem, Refused, ServerTrouble
from companion.client.snapshot_parts import snapshot_parts

VIEW = {"seq": 5, "epoch": "e", "participants": [], "requests": [], "channels": {}}
OWN = {"you": "del-ke", "participant": None, "texts": {}, "channel": None, "pseudonym": "anon-x"}


def answers(*pages):
    """A server answering each path with its pages in turn; records what was asked."""
    asked, queues = [], {}
    for path, page in pages:
        queues.setdefault(path, []).append(page)

    def get(path):
        asked.append(path.rsplit("/", 1)[-1])
        page = queues[path].pop(0)
        if isinstance(page, Exception):
            raise page
        return page

    return get, asked


def test_a_server_without_the_view_gives_the_whole_snapshot():
    whole = {**VIEW, "you": "del-ke"}
    get, asked = answers(("/m/view", Refused(404, "not_found", "no")), ("/m", whole))
    assert snapshot_parts(get, "/m") == whole and asked == ["view", "m"]


def test_an_own_part_older_than_the_view_is_asked_again():
    get, asked = answers(("/m/view", VIEW), ("/m/own", {**OWN, "seq": 4}), ("/m/own", {**OWN, "seq": 6}))
    assert snapshot_parts(get, "/m")["you"] == "del-ke" and asked == ["view", "own", "own"]


def test_other_refusals_and_unreadable_parts_are_typed_errors():
    get, _ = answers(("/m/view", Refused(403, "forbidden", "no")))
    with pytest.raises(Refused):
        snapshot_parts(get, "/m")
    get, _ = answers(("/m/view", VIEW), ("/m/own", {"seq": "five"}))
    with pytest.raises(ServerTrouble) as trouble:
        snapshot_parts(get, "/m")
    assert trouble.value.code == Problem.UNREADABLE_STATE
