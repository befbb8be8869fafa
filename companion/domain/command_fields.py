"""Reading the fields of a command, with a clear refusal for each kind of bad input."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from .entities import AgendaItem, FloorRequest
from .errors import Invalid
from .state import MeetingState
from .vocabulary import LANGUAGES

E = TypeVar("E", bound=Enum)


class Fields:
    """Typed access to a command's JSON fields; every problem becomes an ``Invalid``."""

    def __init__(self, command: Mapping[str, Any]) -> None:
        self._command = command

    def raw(self, name: str, required: bool) -> Any:
        """The field as sent, unchecked; None when absent or null (refused when *required*)."""
        value = self._command.get(name)
        if value is None:  # absent and null are one: JSON clients send either
            if required:
                raise Invalid("missing_field", f"The field {name!r} is required.")
            return None
        return value

    _raw = raw  # the name this class's own readers use

    def text(self, name: str, *, required: bool = True, max_length: int = 200) -> str | None:
        value = self._raw(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise Invalid("invalid_field", f"The field {name!r} must be text.")
        value = value.strip()
        if required and not value:
            raise Invalid("missing_field", f"The field {name!r} must not be empty.")
        if len(value) > max_length:
            raise Invalid("too_long", f"The field {name!r} is longer than {max_length} characters.")
        return value or None

    def integer(self, name: str, low: int, high: int, default: int | None = None) -> int:
        value = self._raw(name, default is None)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            raise Invalid("invalid_field", f"The field {name!r} must be a whole number.")
        if not low <= value <= high:
            raise Invalid("out_of_range", f"The field {name!r} must be between {low} and {high}.")
        return value

    def choice(self, name: str, enum: type[E], default: E | None = None) -> E:
        value = self._raw(name, default is None)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            message = f"{value!r} is not a valid {name}; use one of: {allowed}."
            raise Invalid("invalid_field", message) from None

    def language(self, name: str, allowed: tuple[str, ...] = LANGUAGES) -> str:
        value = self.text(name, max_length=16)
        if value not in allowed:
            raise Invalid(
                "unknown_language",
                f"{value!r} is not one of the meeting's languages ({', '.join(allowed)}).",
            )
        return value

    def mapping(self, name: str) -> Mapping[str, Any]:
        value = self._raw(name, True)
        if not isinstance(value, Mapping):
            raise Invalid("invalid_field", f"The field {name!r} must be an object.")
        return value

    def sequence(self, name: str, max_length: int) -> list[Any]:
        value = self._raw(name, True)
        if not isinstance(value, list):
            raise Invalid("invalid_field", f"The field {name!r} must be a list.")
        if len(value) > max_length:
            raise Invalid("too_many", f"The field {name!r} holds more than {max_length} entries.")
        return value

    def item(self, state: MeetingState) -> AgendaItem:
        item_id = self.text("item_id", max_length=100)
        item = state.items.get(item_id)
        if item is None:
            raise Invalid("unknown_item", f"There is no agenda item {item_id!r}.")
        return item

    def request(self, state: MeetingState) -> FloorRequest:
        request_id = self.text("request_id", max_length=100)
        request = state.requests.get(request_id)
        if request is None:
            raise Invalid("unknown_request", f"There is no request for the floor {request_id!r}.")
        return request
