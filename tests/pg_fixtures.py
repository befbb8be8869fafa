"""PostgreSQL for tests: a fresh database per test session on 127.0.0.1:5432, dropped at the end.

Loaded as a plugin by tests/conftest.py. Without a reachable server the PostgreSQL cases skip,
with a warning that says so (``.ci/run`` starts PostgreSQL if it is down).
"""

from __future__ import annotations

import getpass
import secrets
import warnings

import pytest

PG_HOST = "127.0.0.1:5432"


def _admin_url() -> str | None:
    """A URL that can create databases here, or None when PostgreSQL is not reachable."""
    import psycopg

    for user in ("postgres", getpass.getuser()):
        url = f"postgresql://{user}@{PG_HOST}/postgres"
        try:
            with psycopg.connect(url, connect_timeout=3):
                return url
        except psycopg.Error:
            continue
    return None


@pytest.fixture(scope="session")
def pg_url():
    """The URL of this session's own PostgreSQL database (``mc_test_<random>``)."""
    import psycopg

    admin = _admin_url()
    if admin is None:
        message = f"PostgreSQL is not reachable on {PG_HOST}: the PostgreSQL tests are SKIPPED"
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    name = f"mc_test_{secrets.token_hex(6)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield admin.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def fresh_pg_url(pg_url):
    """The session's database, emptied for this test."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        # Every table but schema_version: the schema is made once a session.
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'"
        ).fetchall()
        if rows:
            conn.execute(f"TRUNCATE {', '.join(r[0] for r in rows)}")
    return pg_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL of an empty store of each kind: the store tests run against both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("fresh_pg_url")
