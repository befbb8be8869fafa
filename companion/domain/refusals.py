"""Every reason the server gives for refusing, as one enum: the code on the wire.

The domain and the server raise with these codes (``Invalid("stale", …)``); the app turns each
one into a sentence in its user's language (companion/ui/messages.py). A test checks that every
code raised anywhere is listed here and that every one listed has its sentence in six languages.
"""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    # the shape of a request
    INVALID_FIELD = "invalid_field"
    MISSING_FIELD = "missing_field"
    INVALID_COMMAND = "invalid_command"
    UNKNOWN_COMMAND = "unknown_command"
    INVALID_REQUEST = "invalid_request"
    MALFORMED_JSON = "malformed_json"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    TOO_MANY = "too_many"
    OUT_OF_RANGE = "out_of_range"
    INVALID_LAST_EVENT_ID = "invalid_last_event_id"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    # who may do what
    UNAUTHENTICATED = "unauthenticated"
    WRONG_CODE = "wrong_code"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    NOT_YOUR_REQUEST = "not_your_request"
    OTHER_MEETING = "other_meeting"
    # the state of the meeting
    STALE = "stale"
    UNKNOWN_MEETING = "unknown_meeting"
    UNKNOWN_LANGUAGE = "unknown_language"
    UNKNOWN_CHANNEL = "unknown_channel"
    UNKNOWN_ITEM = "unknown_item"
    UNKNOWN_REQUEST = "unknown_request"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    INVALID_TIMES = "invalid_times"
    NOT_WAITING = "not_waiting"
    NOT_POINT_OF_ORDER = "not_point_of_order"
    UNKNOWN_CATEGORY = "unknown_category"
    ALREADY_INTERPOSED = "already_interposed"
    OWN_QUESTION = "own_question"
    UNCHANGED = "unchanged"
    QUEUE_EMPTY = "queue_empty"
    NOT_OPEN = "not_open"
    LIST_NOT_OPEN = "list_not_open"
    ALREADY_OPEN = "already_open"
    NOT_A_SPEAKER = "not_a_speaker"
    NO_SPEAKER = "no_speaker"
    ITEM_OVER = "item_over"
    ALREADY_REQUESTED = "already_requested"
    CLOCK_STARTED = "clock_started"
    CLOCK_NOT_RUNNING = "clock_not_running"
    CLOCK_NOT_PAUSED = "clock_not_paused"
    # schedules, participants, meetings
    INVALID_ITEM = "invalid_item"
    DUPLICATE_ITEM = "duplicate_item"
    EMPTY_SCHEDULE = "empty_schedule"
    BAD_SCHEDULE = "bad_schedule"
    BAD_PARTICIPANTS = "bad_participants"
    BUSY = "busy"
    INVALID_MEETING_ID = "invalid_meeting_id"
    INVALID_TITLE = "invalid_title"
    UNKNOWN_TIME_ZONE = "unknown_time_zone"
    # groups, limits, rates, the room displays (their rules live in domain/groups.py, limits.py,
    # rates.py and the display routes)
    UNKNOWN_GROUP = "unknown_group"
    NOT_GROUP_MEMBER = "not_group_member"
    INVALID_GROUP = "invalid_group"
    TOO_DEEP = "too_deep"
    INVALID_TEXT = "invalid_text"
    INVALID_IDEMPOTENCY_KEY = "invalid_idempotency_key"
    RATE_LIMITED = "rate_limited"
    TOO_MANY_STREAMS = "too_many_streams"
    SAME_ITEM = "same_item"
    DEADLINE_PAST = "deadline_past"
    NOT_DUE = "not_due"
    NOTHING_SHOWN = "nothing_shown"
    INVALID_VIEW = "invalid_view"
    TEXT_QUOTA = "text_quota"
    # connections (server/connection_guard.py), answered before any request is routed
    TOO_MANY_CONNECTIONS = "too_many_connections"
    HEADERS_TOO_LARGE = "headers_too_large"
    REQUEST_TIMEOUT = "request_timeout"
    INVALID_THEME = "invalid_theme"
    # booths and shifts (domain/booths.py, handover.py)
    OWN_LANGUAGE = "own_language"
    DUPLICATE_INTERPRETER = "duplicate_interpreter"
    SHIFTS_OVERLAP = "shifts_overlap"
    INVALID_TIME = "invalid_time"
    # the HTTP layer itself
    CLIENT_DISCONNECTED = "client_disconnected"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNKNOWN_FORMAT = "unknown_format"
    HTTP_ERROR = "http_error"
    INTERNAL = "internal"
    STORAGE_UNAVAILABLE = "storage_unavailable"
