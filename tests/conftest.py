import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402
from live_server import Api, LiveServer  # noqa: E402

# PostgreSQL databases for the store and replica tests; a throwaway CA and an HTTPS server. The
# desktop side's fixtures (keyring, QSettings) are in desktop_isolation.py, imported by the conftest
# of each folder that runs the app: this file imports neither Qt nor keyring, so the domain, server
# and interchange tests run on the server-only install.
pytest_plugins = ["pg_fixtures", "tls_fixtures"]

from hypothesis import HealthCheck, Phase, settings  # noqa: E402

# A mutation run (`mutmut`, see docs/mutation-testing.md) runs the tests covering a function once per
# mutant, thousands of times: there each property test tries at most this many examples, the same
# ones every run (derandomized: a mutant's verdict does not depend on luck), no example database
# (results of one mutant must not steer the next) and no shrinking (a mutant is killed by the first
# failing example; shrinking it took most of a killed mutant's time). `--hypothesis-profile=mutation`.
_MUTATION_PHASES = (Phase.explicit, Phase.reuse, Phase.generate)
settings.register_profile(
    "mutation",
    max_examples=25,
    derandomize=True,
    database=None,
    deadline=None,
    phases=_MUTATION_PHASES,
    suppress_health_check=[HealthCheck.too_slow],
)


def pytest_collection_modifyitems(config, items):
    """Under the mutation profile, cap the examples of tests that ask for more with ``@settings``.

    A test's own ``@settings(max_examples=500)`` wins over any profile; for a mutation run the cap
    must win, so each property test's settings are replaced by the same ones with fewer examples.
    """
    if config.getoption("hypothesis_profile", None) != "mutation":
        return
    _forget_built_converters()
    cap = settings.get_profile("mutation")
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is None:
            continue  # not a property test
        test._hypothesis_internal_use_settings = settings(
            own,
            max_examples=min(own.max_examples, cap.max_examples),
            derandomize=True,
            database=None,
            deadline=None,
            phases=_MUTATION_PHASES,
            suppress_health_check=list(own.suppress_health_check) + [HealthCheck.too_slow],
        )


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A database with the bundled meeting and demo personas, made once (codes take a while to hash)."""
    from companion.server.registry import seed_demo
    from companion.server.stores import open_storage

    path = tmp_path_factory.mktemp("template") / "demo.db"
    storage = open_storage(f"sqlite:///{path}")
    seed_demo(storage)
    storage.close()
    return path


@pytest.fixture
def db_path(tmp_path, demo_db):
    """A fresh copy of the demo database for one test."""
    import shutil

    path = tmp_path / "meeting.db"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def server(db_path, request):
    """The real server with the bundled meeting, on loopback, on a fresh SQLite file; a test marked
    ``@pytest.mark.server_settings(name=value, …)`` gets those settings."""
    marker = request.node.get_closest_marker("server_settings")
    live = LiveServer(db_path, keepalive=1.0, **(marker.kwargs if marker else {})).start()
    yield live
    live.stop()


@pytest.fixture
def api(server):
    """Sign in as a demo persona: ``api("demo-chair")``."""
    return lambda code: Api(server.url).sign_in(code)


def _forget_built_converters() -> None:
    """Empty the codec's caches of converters built per type (a mutation run only).

    Mutants run in processes forked after the tests were collected, and collecting already encodes
    entities (module-level samples): a mutant in a converter builder would never run, and survive.
    """
    from companion.domain import codec

    codec._ENCODERS.clear()
    for built in (codec._decoder, codec._fields, codec._hints, codec._converter):
        built.cache_clear()
