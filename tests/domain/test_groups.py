"""Groups are data: "on behalf of" must name a declared group the speaker's delegation belongs to."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.codec import from_plain, to_plain
from companion.domain.groups import Group, group_named, groups_of, may_speak_for


@pytest.fixture
def m():
    return Meeting()


def test_bundled_meeting_declares_wipo_regional_groups(m):
    names = {g.name for g in m.state.meeting.groups}
    assert {"African Group", "GRULAC", "Group B", "CEBS", "CACEEC", "Asia and the Pacific Group"} <= names
    assert [g.name for g in groups_of(m.state.meeting, "Kenya")] == ["African Group"]
    assert group_named(m.state.meeting, " grulac ").coordinator == "Brazil"


def test_member_speaks_for_its_group_with_group_priority(m):
    m.request("obs-eu")
    rid = m.request("del-ke", on_behalf_of="african group")
    assert m.state.requests[rid].on_behalf_of == "African Group"  # the declared spelling
    assert m.queue() == ["Kenya", "European Union"]


def test_undeclared_group_is_refused(m):
    with pytest.raises(Invalid) as refused:
        m.request("del-br", on_behalf_of="Group of Friends of Brazil")
    assert refused.value.code == "unknown_group"
    assert m.queue() == []


def test_delegate_cannot_claim_a_group_of_others(m):
    with pytest.raises(Forbidden) as refused:
        m.request("del-br", on_behalf_of="African Group")
    assert refused.value.code == "not_group_member"
    assert m.queue() == []


def test_chair_may_set_any_declared_group_but_not_an_undeclared_one(m):
    m.request("chair", participant_id="ngo-ifla", on_behalf_of="GRULAC")
    assert m.state.queue("d1-floor-morning")[0].on_behalf_of == "GRULAC"
    with pytest.raises(Invalid):
        m.request("chair", participant_id="del-br", kind="question", on_behalf_of="Nobody's group")


def test_secretariat_declares_groups_replacing_the_list(m):
    groups = [{"name": "Friends of IP", "members": ["Brazil", "Kenya"], "coordinator": "Kenya"}]
    m.run("secretariat", type="meeting.declare_groups", groups=groups)
    assert m.state.meeting.groups == (Group("Friends of IP", ("Brazil", "Kenya"), "Kenya"),)
    with pytest.raises(Invalid):
        m.request("del-ke", on_behalf_of="African Group")  # no longer declared
    m.request("del-br", on_behalf_of="Friends of IP")


def test_only_the_secretariat_declares_groups(m):
    with pytest.raises(Forbidden):
        m.run("chair", type="meeting.declare_groups", groups=[])


def _group(n, members=0):
    return {"name": f"G{n}", "members": [f"M{k}" for k in range(members)]}


@pytest.mark.parametrize(
    ("groups", "code", "message"),
    [
        ("African Group", "invalid_field", "The field 'groups' must be a list."),
        ([_group(n) for n in range(101)], "too_many", "The field 'groups' holds more than 100 entries."),
        (
            [_group(1), "G2"],
            "invalid_group",
            "Group 2: must be an object with name, members and coordinator.",
        ),
        ([{"members": ["Kenya"]}], "invalid_group", "Group 1: name must be non-empty text."),
        ([{"name": " ", "members": []}], "invalid_group", "Group 1: name must be non-empty text."),
        (
            [{"name": "A", "members": "Kenya"}],
            "invalid_group",
            "Group 1 (A): members must be a list of at most 250.",
        ),
        (
            [_group(1), _group(2, 251)],
            "invalid_group",
            "Group 2 (G2): members must be a list of at most 250.",
        ),
        (
            [_group(1), {"name": "A", "members": [3]}],
            "invalid_group",
            "Group 2: members must be non-empty text.",
        ),
        (
            [{"name": "A", "members": ["Kenya", " "]}],
            "invalid_group",
            "Group 1: members must be non-empty text.",
        ),
        ([_group(1), {"name": "A"}, {"name": "a"}], "invalid_group", "Group 3: the name 'a' appears twice."),
        (
            [{"name": "x" * 201, "members": []}],
            "invalid_group",
            "Group 1: name is longer than 200 characters.",
        ),
        (
            [{"name": "A", "members": [], "coordinator": 7}],
            "invalid_group",
            "Group 1: coordinator must be non-empty text.",
        ),
    ],
)
def test_bad_declarations_are_refused_saying_which_group_and_change_nothing(m, groups, code, message):
    before = m.state.meeting.groups
    with pytest.raises(Invalid) as refused:
        m.run("secretariat", type="meeting.declare_groups", groups=groups)
    assert (refused.value.code, refused.value.message) == (code, message)
    assert m.state.meeting.groups == before


def test_a_declaration_at_the_limits_is_accepted(m):
    groups = [_group(n) for n in range(99)] + [{"name": "B" * 200, "members": [f"M{k}" for k in range(250)]}]
    groups.append({"name": " Bare ", "members": [" Kenya ", "Kenya"]})
    groups = groups[1:]  # 100 groups
    m.run("secretariat", type="meeting.declare_groups", groups=groups)
    declared = m.state.meeting.groups
    assert len(declared) == 100 and len(declared[-2].members) == 250
    assert (declared[-1].name, declared[-1].members, declared[-1].coordinator) == ("Bare", ("Kenya",), "")
    assert declared[0].members == ()  # a group declared without members has none


def test_a_participants_file_declaring_groups_is_checked_by_the_same_rule():
    from companion.domain.groups import read_groups

    for raw, code, message in [
        ("African Group", "invalid_field", "The field 'groups' must be a list."),
        ([_group(n) for n in range(101)], "too_many", "A meeting declares at most 100 groups."),
    ]:
        with pytest.raises(Invalid) as refused:
            read_groups(raw)
        assert (refused.value.code, refused.value.message) == (code, message)
    assert len(read_groups([_group(n) for n in range(100)])) == 100


def test_a_meeting_not_yet_created_has_no_groups():
    from companion.domain.groups import group_named, groups_of

    assert group_named(None, "African Group") is None
    assert groups_of(None, "Kenya") == []


names = (
    st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=12).map(str.strip).filter(bool)
)


@given(st.lists(names, max_size=8, unique=True), names, st.sampled_from(["", "Kenya"]))
def test_may_speak_for_is_membership_or_coordination(members, delegation, coordinator):
    group = Group("G", tuple(members), coordinator)
    assert may_speak_for(group, delegation) == (delegation in members or delegation == coordinator)
    assert from_plain(Group, to_plain(group)) == group
