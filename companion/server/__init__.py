"""The meeting server: the one authority that checks, records and broadcasts every change."""
