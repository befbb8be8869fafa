"""Time on the chair's screen: spoken so far, the list's forecast against the slot and what would
make it fit, who spoke most; and the delegate's estimate from the same forecast (day, planned end)."""

from datetime import timedelta

from meeting_factory import Meeting
from PySide6.QtCore import Qt
from ui_helpers import console_of, select_item

from companion.domain import record
from companion.domain.codec import to_plain
from companion.domain.entities import Participant
from companion.domain.list_forecast import forecast
from companion.domain.vocabulary import Role
from companion.ui.forecast_words import turn_estimate
from companion.ui.time_panel import TimePanel

ITEM = "d1-floor-morning"  # 12:40–13:00 in Geneva


def crowded(waiting: int) -> Meeting:
    """The morning's open floor, live, with *waiting* member states at 3 minutes each."""
    m = Meeting()
    for n in range(waiting):
        p = Participant(f"p-{n}", f"Delegate {n}", Role.DELEGATE, delegation=f"State {n}",
                        delegation_kind="member_state")
        m.state, _ = record(m.state, "participant.added", {"participant": to_plain(p)}, m.now)
        m.request("chair", participant_id=p.id)
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.now = m.state.items[ITEM].start
    return m


def test_the_time_panel_says_what_the_list_needs_against_the_slot_and_what_would_fit(qtbot):
    m = crowded(307)
    panel = TimePanel(clock=lambda: m.now)
    qtbot.addWidget(panel)
    panel.show_item(m.state, ITEM)
    text = panel.text()
    assert "Spoken 0 min · 307 waiting need 15 h 21 min · slot ends 13:00 (20 min left)" in text
    assert "Over by 15 h 1 min: only the first 6 fit; close the list or extend the slot." in text
    assert "color:" in text  # said in red: it does not fit


def test_the_time_panel_follows_the_clock_and_names_who_spoke_most(qtbot):
    m = crowded(3)
    m.request("del-eg", on_behalf_of="African Group")
    clock = {"now": m.now}
    panel = TimePanel(clock=lambda: clock["now"])
    qtbot.addWidget(panel)
    for seconds in (130, 200):
        m.run("chair", type="floor.call_next", item_id=ITEM)
        m.run("chair", type="floor.start")
        m.tick(seconds)
        m.run("chair", type="floor.finish")
    clock["now"] = m.now
    panel.show_item(m.state, ITEM)
    assert "The list fits with" in panel.text() and "color:" not in panel.text()
    assert "Most time: State 1 3:20, State 0 2:10" in panel.text()
    clock["now"] = m.now + timedelta(minutes=11)  # nothing happens, the clock runs on
    panel.refresh()
    assert "Over by 2 min: to fit, 1 min 45 s per speaker, or close after the first 1." in panel.text()


def test_the_delegates_estimate_carries_the_day_and_warns_past_the_planned_end():
    m = crowded(307)
    f = forecast(m.state, ITEM, m.now)
    queue = m.state.queues[ITEM]
    assert turn_estimate(f, queue[1], 2, "Europe/Zurich").startswith("Place 2 · about 12:43 CET")
    assert "planned end" not in turn_estimate(f, queue[1], 2, "Europe/Zurich")
    late = turn_estimate(f, queue[249], 250, "Europe/Zurich")
    assert late.startswith("Place 250 · about 29 Oct, 01:07 CET")  # tomorrow, 12:40 + 249 × 3 min
    assert "after the item's planned end (13:00): the list may close before your turn" in late


def test_the_delegates_pane_says_the_same_estimate_as_the_forecast(qapp):
    """"Your requests" words each request with the one forecast (not a second estimate of its own)."""
    from companion.ui.my_requests import request_lines

    m = crowded(307)
    me = m.state.requests[m.state.queues[ITEM][249]]
    lines, _ = request_lines(m.state, [me], m.now)
    expected = turn_estimate(forecast(m.state, ITEM, m.now), me.id, 250, "Europe/Zurich")
    assert lines[0].endswith("\n" + expected)
    assert "29 Oct" in lines[0] and "the list may close before your turn" in lines[0]


def test_the_chair_console_shows_the_forecast_of_the_live_item(qtbot, open_window, api):
    chair = open_window("demo-chair")
    chair.resize(1366, 696)
    for code in ("demo-kenya", "demo-brazil"):
        api(code).ok(type="floor.request", item_id=ITEM, language="en")
    console = console_of(qtbot, chair, 2)
    qtbot.waitUntil(lambda: "2 waiting need 6 min" in console.time.text(), timeout=10_000)
    assert console.time.isVisible()
    kenya = open_window("demo-kenya")
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")
    select_item(kenya, ITEM)
    mine = kenya.workspace.panel.mine
    qtbot.waitUntil(lambda: mine.count() == 1 and "Place 1 · about" in mine.text(0), timeout=10_000)



def test_budgets_warn_the_chair_and_the_speaker_as_they_run_out(qtbot):
    from companion.ui.floor_banner import FloorBanner

    m = Meeting()
    m.run("chair", type="agenda.update", item_id=ITEM, changes={"budgets": {"group": 300, "delegation": 180}})
    m.request("del-ke")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.now = m.state.items[ITEM].start
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(150)  # Kenya: 150 of its 180 s
    clock = {"now": m.now}
    panel = TimePanel(clock=lambda: clock["now"])
    qtbot.addWidget(panel)
    panel.show_item(m.state, ITEM)
    assert "Budgets: 5 min per group, 3 min per delegation · nearly out: Kenya 2:30 of 3:00" in panel.text()
    clock["now"] = m.now + timedelta(seconds=50)
    panel.refresh()
    assert "over: Kenya 3:20 of 3:00" in panel.text() and "color:" in panel.text()
    banner = FloorBanner(m.state.participants["del-ke"])
    qtbot.addWidget(banner)
    banner.set_state(m.state)  # the banner reads the real clock: Kenya's 150 s are long past
    assert "budget over: Kenya" in banner.speaker.text()


def test_the_chair_sets_the_budgets_of_the_item(qtbot, open_window):
    from ui_helpers import answer_next_dialog

    from companion.ui.budget_dialog import BudgetDialog

    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 0)

    def five_and_three(dialog):
        assert isinstance(dialog, BudgetDialog) and dialog.group.value() == 0
        dialog.group.setValue(5)
        dialog.delegation.setValue(3)
        dialog.accept()

    answer_next_dialog(five_and_three)
    qtbot.mouseClick(console.budgets, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Budgets: 5 min per group, 3 min per delegation" in console.time.text(), timeout=10_000)
    assert chair.sync.state.items[ITEM].budgets.delegation == 180
