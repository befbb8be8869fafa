"""Who someone speaks as, for the order of the list and for the figures: one rule each, used by the
queue, the chair's figures and the record alike."""

from __future__ import annotations

from .vocabulary import DelegationKind

#: The label of speakers who gave no gender (the record's key; the app translates it).
NOT_STATED = "not stated"


def is_member_state(on_behalf_of: str | None, delegation_kind: DelegationKind | str | None) -> bool:
    """A group coordinator speaks for member states; otherwise the delegation's kind decides."""
    return bool(on_behalf_of) or delegation_kind == DelegationKind.MEMBER_STATE


def gender_label(gender: str | None) -> str:
    """The gender as registered, or ``NOT_STATED``."""
    return gender.strip() if gender and gender.strip() else NOT_STATED
