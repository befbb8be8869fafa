# The meeting server alone: no Qt, no desktop app (the 'app' extra is not installed), with the
# PostgreSQL driver. compose.yaml runs it as N replicas on PostgreSQL behind nginx (docs/deploy.md).
#
#   docker build -t meeting-server .
#   docker run --rm -p 8765:8765 meeting-server meeting-server serve --demo --host 0.0.0.0
#
# Not built on the development machine (it has a docker client but no engine): see docs/deploy.md.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    XDG_DATA_HOME=/var/lib/meeting-companion \
    XDG_CONFIG_HOME=/var/lib/meeting-companion/config

# A user of its own: the server never runs as root. Its data dir holds the logs' heads record
# (docs/deploy.md, "Backups"), so it is a volume that outlives the container.
RUN useradd --system --uid 10001 --create-home --home-dir /home/meeting meeting \
 && install -d -o meeting -g meeting /var/lib/meeting-companion

WORKDIR /opt/meeting-companion
COPY pyproject.toml README.md ./
COPY companion ./companion
# The server and psycopg (the bundled meeting for --demo is package data). Compiled now: the user
# cannot write here, and a start that compiled every module would be slow.
RUN python -m pip install -e '.[postgresql]' \
 && python -m compileall -q companion

USER meeting
VOLUME /var/lib/meeting-companion
EXPOSE 8765
# GET /api/v1/health answers 200 once the server has loaded its meetings and listens.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request as u; sys.exit(u.urlopen('http://127.0.0.1:8765/api/v1/health', timeout=2).status != 200)"]
# The password comes from PGPASSWORD (libpq reads it), the codes' pepper from MEETING_SERVER_SECRET.
CMD ["meeting-server", "serve", "--host", "0.0.0.0", "--port", "8765", "--db", "postgresql://meeting@db:5432/meeting"]
