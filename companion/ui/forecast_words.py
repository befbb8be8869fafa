"""The list forecast in words: the chair's time panel and the delegate's estimate of their turn.

Both read the one forecast of the domain (``domain.list_forecast``); only the words are here.
"""

from __future__ import annotations

from datetime import datetime

from companion.domain.entities import TimeBudgets
from companion.domain.list_forecast import ListForecast
from companion.domain.meeting_time import in_meeting_zone
from companion.domain.time_budgets import BudgetUse
from companion.domain.time_spoken import TimeSpoken

from .labels import both_clocks, duration, isolate, listing, meeting_clock, number, sep, short_date, tr

#: Names shown per line of "most time spoken" (the rest is the chair's to look up).
MOST_SPOKEN = 4


def span(seconds: float) -> str:
    """A stretch of time as a chair says it: ``15 h 20 min``, ``45 min`` (rounded to the minute)."""
    minutes = max(0, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr("{h} h {m} min").format(h=number(hours), m=number(minutes))
    return tr("{m} min").format(m=number(minutes))


def per_speaker(seconds: int) -> str:
    """A limit per speaker: ``1 min 49 s``, ``40 s``."""
    minutes, seconds = divmod(max(0, seconds), 60)
    if minutes:
        return tr("{m} min {s} s").format(m=number(minutes), s=number(seconds))
    return tr("{s} s").format(s=number(seconds))


def day_and_clocks(at: datetime, now: datetime, zone: str) -> str:
    """``10:06 CET (UTC+01:00)``, with the venue's date in front when it is not today's there."""
    clocks = both_clocks(at, zone)
    day = in_meeting_zone(at, zone).date()
    if day == in_meeting_zone(now, zone).date():
        return clocks
    return tr("{day}, {time}").format(day=short_date(day), time=clocks)


def forecast_lines(f: ListForecast, zone: str) -> list[str]:
    """The chair's time panel: spoken so far, what the list needs against the slot, what would fit."""
    end = meeting_clock(f.planned_end, zone)
    lines = [
        tr("Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)").format(
            spoken=span(f.spoken_seconds),
            n=number(f.waiting),
            needs=span(f.needs_seconds),
            end=end,
            left=span(f.left_seconds),
        )
    ]
    if not f.waiting:
        return lines
    if f.fits:
        lines.append(
            tr("The list fits with {spare} to spare; closing it now keeps it so.").format(
                spare=span(f.spare_seconds)
            )
        )
    elif f.limit_that_fits is not None:
        lines.append(
            tr("Over by {over}: to fit, {limit} per speaker, or close after the first {n}.").format(
                over=span(-f.spare_seconds), limit=per_speaker(f.limit_that_fits), n=number(f.fitting)
            )
        )
    else:
        lines.append(
            tr("Over by {over}: only the first {n} fit; close the list or extend the slot.").format(
                over=span(-f.spare_seconds), n=number(f.fitting)
            )
        )
    return lines


def spoken_line(spoken: TimeSpoken) -> str:
    """``Most time: Brazil 6:10 · Kenya 3:00 … · groups: African Group 5:00``; empty before anyone spoke."""
    def most(pairs) -> str:
        shown = listing(f"{isolate(name)} {duration(s)}" for name, s in pairs[:MOST_SPOKEN])
        return shown + ("…" if len(pairs) > MOST_SPOKEN else "")

    parts = []
    if spoken.by_delegation:
        parts.append(tr("Most time: {who}").format(who=most(spoken.by_delegation)))
    if spoken.by_group:
        parts.append(tr("groups: {who}").format(who=most(spoken.by_group)))
    return sep().join(parts)


def budget_use_text(use: BudgetUse) -> str:
    """``Kenya 3:20 of 3:00``: what a group or delegation has spoken of its budget."""
    return tr("{who} {spent} of {budget}").format(
        who=isolate(use.name), spent=duration(use.spent), budget=duration(use.budget)
    )


def budget_note(use: BudgetUse | None) -> str:
    """`` · budget nearly out: Kenya 2:40 of 3:00`` on the banner, in the budget's last fifth."""
    if use is None or use.phase == "ok":
        return ""
    words = tr("budget over: {use}") if use.phase == "over" else tr("budget nearly out: {use}")
    return sep() + f"<b>{words.format(use=budget_use_text(use))}</b>"


def budget_line(budgets: TimeBudgets, uses: list[BudgetUse]) -> str:
    """The chair's budget line: the budgets, who is over, who is nearly out; empty without budgets."""
    if not (budgets.group or budgets.delegation):
        return ""
    each = []
    if budgets.group:
        each.append(tr("{time} per group").format(time=span(budgets.group)))
    if budgets.delegation:
        each.append(tr("{time} per delegation").format(time=span(budgets.delegation)))
    parts = [tr("Budgets: {each}").format(each=listing(each))]
    for phase, words in (("over", tr("over: {who}")), ("warning", tr("nearly out: {who}"))):
        these = [budget_use_text(u) for u in uses if u.phase == phase]
        if these:
            more = "…" if len(these) > MOST_SPOKEN else ""
            parts.append(words.format(who=listing(these[:MOST_SPOKEN]) + more))
    return sep().join(parts)


def turn_estimate(f: ListForecast, request_id: str, place: int, zone: str) -> str:
    """A delegate's place and estimated turn: the day when not today, and a warning when the
    forecast passes the item's planned end (the chair may close the list before it)."""
    at = f.calls.get(request_id)
    if at is None:
        return tr("Place {n}").format(n=number(place))
    line = tr("Place {n} · about {time}").format(n=number(place), time=day_and_clocks(at, f.now, zone))
    if f.past_planned_end(request_id):
        warning = tr("after the item's planned end ({end}): the list may close before your turn")
        line += sep() + warning.format(end=meeting_clock(f.planned_end, zone))
    return line
