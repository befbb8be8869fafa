"""Points of order filed by category (as OpenSlides does): the chair chooses one of the meeting's
categories when a point of order is raised, so the list, the record and the chair's figures say
what it was about. A meeting names its own categories (``Meeting.order_categories``, from its
programme); without them, the usual ones below, by code (apps put them into words)."""

from __future__ import annotations

from dataclasses import replace

from .command_fields import Fields
from .commands import Context, Draft
from .commands import register_command as _command
from .entities import Meeting
from .errors import Invalid
from .reducer import register_handler as _on
from .state import MeetingState
from .vocabulary import RequestKind, RequestStatus

#: The usual categories of a point of order, by code.
DEFAULT_CATEGORIES = ("procedure", "interpretation", "sound", "time", "conduct")


def categories_of(meeting: Meeting | None) -> tuple[str, ...]:
    """The categories a point of order may be filed under in this meeting."""
    return (meeting.order_categories if meeting else ()) or DEFAULT_CATEGORIES


@_command("floor.categorise")
def _categorise(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request = f.request(state)
    if request.kind != RequestKind.POINT_OF_ORDER:
        raise Invalid("not_point_of_order", "Only a point of order is filed under a category.")
    if request.status not in (RequestStatus.WAITING, RequestStatus.SPEAKING):
        raise Invalid("not_waiting", f"This request is no longer waiting (it is {request.status.value}).")
    category = f.text("category", max_length=100)
    if category not in categories_of(state.meeting):
        raise Invalid("unknown_category", f"{category!r} is not one of this meeting's categories.")
    return [Draft("floor.categorised", {"request_id": request.id, "category": category})]


@_on("floor.categorised")
def _categorised(state: MeetingState, e) -> MeetingState:
    request = state.requests[e.data["request_id"]]
    categorised = replace(request, category=e.data["category"])
    return replace(state, requests={**state.requests, request.id: categorised})
