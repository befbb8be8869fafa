"""The commands as JSON Schema, for the OpenAPI description: one model per command type, a union
discriminated on ``type``. Documentation only — the rules (and their limits, imported from the
domain) decide; a test keeps this list equal to the commands the server knows."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from companion.domain.agenda_translations import MAX_TRANSLATIONS
from companion.domain.booths import MAX_BOOTH_INTERPRETERS
from companion.domain.commands import MAX_IMPORTED_ITEMS
from companion.domain.display import MAX_COUNTDOWN_SECONDS, MAX_MESSAGE_CHARS, MAX_NEXT_SPEAKERS
from companion.domain.groups import MAX_GROUP_MEMBERS, MAX_GROUP_NAME, MAX_GROUPS
from companion.domain.handover import MAX_INTERPRETER_NAME, MAX_SHIFTS_PER_BOOTH
from companion.domain.limits import (
    MAX_BUDGET_SECONDS,
    MAX_DESCRIPTION_CHARS,
    MAX_FORMATS,
    MAX_LIMIT_SECONDS,
    MAX_NAME_CHARS,
    MAX_REASON_CHARS,
    MAX_STATEMENT_CHARS,
    MAX_TITLE_CHARS,
    MIN_LIMIT_SECONDS,
)
from companion.domain.queue_edits import MAX_SELECTION
from companion.domain.speaker_queue import MAX_MINUTES
from companion.domain.vocabulary import CHANNELS, LANGUAGES, Attendance, ItemStatus, RequestKind

Language = StrEnum("Language", {code: code for code in LANGUAGES})
Channel = StrEnum("Channel", {code: code for code in CHANNELS})
Id = Annotated[str, Field(min_length=1, max_length=100)]
Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME_CHARS)]
Seconds = Annotated[int, Field(ge=MIN_LIMIT_SECONDS, le=MAX_LIMIT_SECONDS)]


class _Command(BaseModel):
    model_config = ConfigDict(extra="allow")
    expected_seq: int | None = Field(None, ge=0, description="refused with 409 if the meeting moved past it")


class FloorRequest(_Command):
    type: Literal["floor.request"]
    item_id: Id
    language: Language
    kind: RequestKind = RequestKind.STATEMENT
    attendance: Attendance | None = None
    minutes: int | None = Field(None, ge=1, le=MAX_MINUTES)
    on_behalf_of: Name | None = Field(None, description="a group declared by the meeting")
    text: str | None = Field(None, max_length=MAX_STATEMENT_CHARS)
    participant_id: Id | None = Field(None, description="chair and secretariat: for someone else")


class FloorWithdraw(_Command):
    type: Literal["floor.withdraw"]
    request_id: Id


class FloorRevise(_Command):
    type: Literal["floor.revise"]
    request_id: Id
    language: Language
    text: str | None = Field(None, max_length=MAX_STATEMENT_CHARS, description="null or empty: no text")


class FloorDecline(_Command):
    type: Literal["floor.decline"]
    request_id: Id
    reason: str | None = Field(None, max_length=MAX_REASON_CHARS)


class FloorMove(_Command):
    type: Literal["floor.move"]
    request_id: Id
    position: int = Field(ge=0, description="0 = next")


class FloorCallNext(_Command):
    type: Literal["floor.call_next"]
    item_id: Id
    request_id: Id | None = None
    expected_request_id: Id | None = None


class FloorClock(_Command):
    type: Literal["floor.start", "floor.pause", "floor.resume", "floor.finish"]
    request_id: Id | None = None


class ListOpenClose(_Command):
    type: Literal["list.open", "list.close"]
    item_id: Id


class AgendaSetStatus(_Command):
    type: Literal["agenda.set_status"]
    item_id: Id
    status: ItemStatus


class Limits(BaseModel):
    member_state: Seconds | None = None
    observer: Seconds | None = None
    group: Seconds | None = None
    presentation: Seconds | None = None
    point_of_order: Seconds | None = None
    right_of_reply: Seconds | None = None


class Policy(BaseModel):
    first_time_first: bool | None = None
    alternate_attendance: bool | None = None


class Budgets(BaseModel):
    group: int | None = Field(None, ge=0, le=MAX_BUDGET_SECONDS, description="seconds per group; 0: none")
    delegation: int | None = Field(None, ge=0, le=MAX_BUDGET_SECONDS, description="seconds per delegation")


class AgendaChanges(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=MAX_TITLE_CHARS)
    description: str | None = Field(None, max_length=MAX_DESCRIPTION_CHARS)
    room: str | None = Field(None, max_length=MAX_NAME_CHARS)
    formats: list[Name] | None = Field(None, max_length=MAX_FORMATS)
    languages: list[Language] | None = None
    start: datetime | None = Field(None, description="1970–2100")
    end: datetime | None = Field(None, description="1970–2100, after start")
    limits: Limits | None = None
    policy: Policy | None = None
    budgets: Budgets | None = None


class AgendaUpdate(_Command):
    type: Literal["agenda.update"]
    item_id: Id
    changes: AgendaChanges


class AgendaImport(_Command):
    type: Literal["agenda.import"]
    items: list[dict] = Field(max_length=MAX_IMPORTED_ITEMS, description="agenda items as in the snapshot")
    fields: list[str]


class ChannelChoose(_Command):
    type: Literal["channel.choose"]
    channel: Channel


class SlowDown(_Command):
    type: Literal["interpreter.slow_down"]


class SlowDownSeen(_Command):
    type: Literal["interpreter.slow_down_seen"]
    booth: Language
    at: datetime = Field(description="the request's time, as in the snapshot's slow_downs")


class GroupDeclaration(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=MAX_GROUP_NAME)]
    members: list[Annotated[str, Field(min_length=1, max_length=MAX_GROUP_NAME)]] = Field(
        max_length=MAX_GROUP_MEMBERS, description="delegation names"
    )
    coordinator: str = Field("", max_length=MAX_GROUP_NAME, description="delegation name")


class DeclareGroups(_Command):
    type: Literal["meeting.declare_groups"]
    groups: list[GroupDeclaration] = Field(max_length=MAX_GROUPS)


DisplayTexts = Annotated[
    dict[Language, Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)]],
    Field(description="{language: text}, the meeting's languages only"),
]


class DisplayMessage(_Command):
    type: Literal["display.message"]
    texts: DisplayTexts


class DisplayCountdown(_Command):
    type: Literal["display.countdown"]
    seconds: int = Field(ge=1, le=MAX_COUNTDOWN_SECONDS)
    labels: DisplayTexts | None = None


class DisplayConfigure(_Command):
    type: Literal["display.configure"]
    next_speakers: int = Field(ge=0, le=MAX_NEXT_SPEAKERS, description="next speakers the room display shows")


class DisplayClear(_Command):
    type: Literal["display.clear_message", "display.clear_countdown"]


class FloorCarry(_Command):
    type: Literal["floor.carry"]
    item_id: Id
    to_item_id: Id = Field(description="the item the waiting requests move to")


class FloorDeclineAll(_Command):
    type: Literal["floor.decline_all"]
    item_id: Id
    reason: str | None = Field(None, max_length=MAX_REASON_CHARS)


Selection = Annotated[
    list[Id], Field(min_length=1, max_length=MAX_SELECTION, description="waiting requests, each once")
]


class FloorMoveMany(_Command):
    type: Literal["floor.move_many"]
    item_id: Id
    request_ids: Selection
    position: int = Field(ge=0, description="place of the block in the list without it: 0 the top")


class FloorDeclineMany(_Command):
    type: Literal["floor.decline_many"]
    item_id: Id
    request_ids: Selection
    reason: str | None = Field(None, max_length=MAX_REASON_CHARS)


class FloorReorder(_Command):
    type: Literal["floor.reorder"]
    item_id: Id
    request_ids: Selection


class FloorCategorise(_Command):
    type: Literal["floor.categorise"]
    request_id: Id
    category: str = Field(min_length=1, max_length=100, description="one of the meeting's categories")


class FloorInterpose(_Command):
    type: Literal["floor.interpose"]
    participant_id: Id = Field(description="who asks the question")
    language: Language


class ListSetDeadline(_Command):
    type: Literal["list.set_deadline"]
    item_id: Id
    deadline: datetime | None = Field(None, description="the list closes by itself then; none: no deadline")


class ListCloseByDeadline(_Command):
    type: Literal["list.close_by_deadline"]
    item_id: Id


class BoothLanguages(BaseModel):
    language: Language = Field(description="the booth's target language, which names it")
    passive: list[Language] = Field([], description="languages the booth works from directly")
    retour: list[Language] = Field([], description="languages it also works into from its own")
    interpreters: list[dict] = Field(
        [], max_length=MAX_BOOTH_INTERPRETERS, description="{name, passive, retour} where one differs"
    )


class BoothsSet(_Command):
    type: Literal["booths.set"]
    booth: BoothLanguages


class ShiftIn(BaseModel):
    interpreter: Annotated[str, Field(min_length=1, max_length=MAX_INTERPRETER_NAME)]
    start: datetime
    end: datetime = Field(description="after start, within 12 hours; shifts of a booth never overlap")
    participant_id: Id | None = Field(None, description="the interpreter's participant id, if registered")


class ShiftsSet(_Command):
    type: Literal["shifts.set"]
    booth: Language
    shifts: list[ShiftIn] = Field(max_length=MAX_SHIFTS_PER_BOOTH, description="replaces the booth's shifts")


class ItemTranslation(BaseModel):
    item_id: Id
    language: Language = Field(description="a meeting language other than the original (en)")
    title: Annotated[str, Field(min_length=1, max_length=MAX_TITLE_CHARS)]
    description: str = Field("", max_length=MAX_DESCRIPTION_CHARS)


class AgendaTranslate(_Command):
    type: Literal["agenda.translate"]
    translations: list[ItemTranslation] = Field(max_length=MAX_TRANSLATIONS)


class RevokeSessions(_Command):
    type: Literal["sessions.revoke"]
    participant_id: Id


COMMAND_MODELS = (
    FloorRequest, FloorWithdraw, FloorDecline, FloorMove, FloorCallNext, FloorClock, ListOpenClose,
    AgendaSetStatus, AgendaUpdate, AgendaImport, ChannelChoose, SlowDown, DeclareGroups, RevokeSessions,
    DisplayMessage, DisplayCountdown, DisplayConfigure, DisplayClear,
    FloorCarry, FloorDeclineAll, ListSetDeadline, ListCloseByDeadline, FloorRevise,
    BoothsSet, ShiftsSet, AgendaTranslate, SlowDownSeen,
    FloorMoveMany, FloorDeclineMany, FloorReorder, FloorCategorise, FloorInterpose,
)  # fmt: skip
Command = Annotated[Union[COMMAND_MODELS], Field(discriminator="type")]  # noqa: UP007 (a tuple of models)


def documented_types() -> frozenset[str]:
    """Every command type the schema describes."""
    return frozenset(t for m in COMMAND_MODELS for t in m.model_fields["type"].annotation.__args__)


def command_schema() -> tuple[dict, dict]:
    """(the Command schema, the definitions it refers to) for components/schemas."""
    schema = TypeAdapter(Command).json_schema(ref_template="#/components/schemas/{model}")
    return {k: v for k, v in schema.items() if k != "$defs"}, schema.get("$defs", {})
