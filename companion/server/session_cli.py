"""``meeting-server revoke-sessions``: end a participant's sign-ins from the console.

It deletes the tokens in the database; a running server notices within seconds (it checks the
tokens of open streams every few seconds) and closes their streams.
"""

from __future__ import annotations

import argparse

from . import console_words as words
from .console_words import said
from .registry import RegistryError, load_state
from .stores import open_storage


def add_revoke_command(commands) -> None:
    """Register the subcommand on the CLI's subparsers."""
    revoke = commands.add_parser("revoke-sessions", help="end all sign-ins of a participant")
    revoke.add_argument("--db", default=None)
    revoke.add_argument("--meeting", required=True)
    revoke.add_argument("--participant", required=True, help="the participant id")


def revoke_sessions(args: argparse.Namespace, db: str) -> int:
    """Delete every token of the participant; prints how many there were."""
    storage = open_storage(db)
    try:
        if args.meeting not in storage.meeting_ids():
            raise said(RegistryError, words.NO_MEETING, meeting=args.meeting)
        if args.participant not in load_state(storage, args.meeting).participants:
            who = args.participant
            raise said(RegistryError, words.NO_PARTICIPANT_IN, participant=who, meeting=args.meeting)
        count = storage.delete_tokens_of(args.meeting, args.participant)
    finally:
        storage.close()
    print(f"Ended {count} sign-in(s) of {args.participant}; their streams close within seconds.")
    return 0
