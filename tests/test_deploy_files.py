"""The Dockerfile, compose.yaml and nginx.conf agree with the server they run (issue 13, point 7).

There is no Docker engine on the development machine, so the image is built only where one exists
(``test_the_image_builds_and_serves``); everywhere else these checks hold the files to the code:
every ``meeting-server`` command they run parses with the real CLI, the health checks ask the real
health route, and nginx's unbuffered stream location matches exactly the server's stream routes.
"""

import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml  # PyYAML comes with uvicorn[standard], a base dependency

from companion.server.api import create_app
from companion.server.cli import build_parser
from companion.server.event_stream import EventStreamResponse
from companion.server.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
NGINX = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
DEPLOY_DOC = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
HEALTH = "/api/v1/health"


def dockerfile_instructions(name: str) -> list[str]:
    """The arguments of every *name* instruction, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.startswith(name + " ")]


def exec_form(text: str) -> list[str]:
    return yaml.safe_load(text)  # a JSON array is YAML too


def meeting_server_commands() -> list[list[str]]:
    """Every meeting-server command line the deployment files run or show."""
    found = [exec_form(cmd) for cmd in dockerfile_instructions("CMD")]
    found += [service["command"] for service in COMPOSE["services"].values() if "command" in service]
    for text in (DOCKERFILE, (ROOT / "compose.yaml").read_text(encoding="utf-8")):  # the usage comments
        text = re.sub(r"\\\n#?\s*", " ", text)  # a command continued on the next comment line
        for line in re.findall(r"meeting-server (?:serve|create-meeting)[^\n]*", text):
            found.append(shlex.split(line))
    return [command for command in found if command[0] == "meeting-server"]


def test_every_meeting_server_command_parses_with_the_real_cli():
    commands = meeting_server_commands()
    assert len(commands) >= 4  # the image's CMD, the replicas', the usage lines
    parser = build_parser()
    for command in commands:
        try:
            parser.parse_args(command[1:])
        except SystemExit as refused:
            pytest.fail(f"meeting-server refuses {command}: exit {refused.code}")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["meeting-server"] == "companion.server.cli:main"


def test_the_image_is_the_server_alone_on_postgresql_run_by_a_user():
    assert dockerfile_instructions("FROM") == ["python:3.11-slim"]
    (install,) = [run for run in dockerfile_instructions("RUN") if "pip install" in run]
    assert "'.[postgresql]'" in install and "app" not in install  # no Qt in the image
    (user,) = dockerfile_instructions("USER")
    assert user not in ("root", "0")
    (cmd,) = [exec_form(c) for c in dockerfile_instructions("CMD")]
    args = build_parser().parse_args(cmd[1:])
    assert args.command == "serve" and args.host == "0.0.0.0" and args.db.startswith("postgresql://")
    (health,) = dockerfile_instructions("HEALTHCHECK")
    assert f"http://127.0.0.1:{args.port}{HEALTH}" in health
    for source in re.findall(r"^COPY (.+) \S+$", DOCKERFILE, re.M):
        for path in source.split():
            assert (ROOT / path).exists(), path


def test_compose_runs_postgresql_replicas_and_nginx_with_health_checks():
    services = COMPOSE["services"]
    server = build_parser().parse_args(services["server"]["command"][1:])
    assert server.db.startswith("postgresql://") and "@db:" in server.db  # the db service
    assert services["server"]["deploy"]["replicas"] >= 2
    assert services["server"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert HEALTH in " ".join(services["proxy"]["healthcheck"]["test"])
    assert services["proxy"]["depends_on"]["server"]["condition"] == "service_healthy"
    # Only nginx's X-Forwarded-For is believed, and nginx sits at that address.
    assert server.forwarded_allow_ips == services["proxy"]["networks"]["backend"]["ipv4_address"]
    assert f"server server:{server.port} " in NGINX  # the upstream is the replicas' port
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in services["proxy"]["volumes"]


def stream_locations(config: str) -> list[re.Pattern]:
    """The regex locations of an nginx config that turn buffering off (the stream locations)."""
    found = []
    for regex, body in re.findall(r"location ~ (\S+) \{(.*?)\n\s*\}", config, re.S):
        if "proxy_buffering off" in body:
            found.append(re.compile(regex))
    return found


def routes(entries, prefix: str = ""):
    """(path, route) for every route, into included routers (which FastAPI 0.16x keeps whole)."""
    for route in entries:
        included = getattr(route, "include_context", None)
        if included is not None:
            yield from routes(included.included_router.routes, prefix + included.prefix)
        elif hasattr(route, "path"):
            yield prefix + route.path, route


def server_routes() -> tuple[list[str], list[str]]:
    """The real app's paths, with sample parameters: (event-stream routes, every other route)."""
    app = create_app(Settings(db_url="sqlite:///unused.db"))  # storage opens only when serving
    streams, others = [], []
    for template, route in routes(app.routes):
        path = re.sub(r"\{[^}]+\}", "wipo-conv-12", template)
        returns = getattr(getattr(route, "endpoint", None), "__annotations__", {}).get("return")
        (streams if returns in (EventStreamResponse, "EventStreamResponse") else others).append(path)
    assert "/api/v1/health" in others  # the walk reaches the included routers
    return streams, others


@pytest.mark.parametrize("config", ["deploy/nginx.conf", "docs/deploy.md"])
def test_the_unbuffered_location_is_exactly_the_servers_stream_routes(config):
    text = NGINX if config == "deploy/nginx.conf" else DEPLOY_DOC
    streams, others = server_routes()
    assert len(streams) == 2  # the signed-in stream and the public one
    locations = stream_locations(text)
    assert locations, f"{config} has no unbuffered stream location"
    for location in locations:
        assert all(location.search(path) for path in streams), (location.pattern, streams)
        assert not [path for path in others if location.search(path)]


def docker_engine() -> bool:
    if not shutil.which("docker"):
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not docker_engine(), reason="no Docker engine here: the image build is untested")
def test_the_image_builds_and_serves():
    tag = "meeting-server:test"
    subprocess.run(["docker", "build", "-t", tag, str(ROOT)], check=True, timeout=900)
    no_qt = subprocess.run(["docker", "run", "--rm", tag, "python", "-c", "import PySide6"], timeout=120)
    assert no_qt.returncode != 0
    helped = subprocess.run(["docker", "run", "--rm", tag, "meeting-server", "serve", "--help"],
                            capture_output=True, text=True, timeout=120)
    assert helped.returncode == 0 and "--forwarded-allow-ips" in helped.stdout
