"""The floor of a server start, for restart.py: a bare FastAPI app with the three routes the ready
check asks (health, sign-in, a snapshot), on uvicorn with uvloop and httptools as ``serve`` runs.
What any FastAPI server pays to start; the meeting server's near-empty start is compared with it.

    python benchmarks/floor_fastapi.py --port 8765
"""

from __future__ import annotations

import argparse

import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/api/v1/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/api/v1/session")
async def sign_in() -> dict[str, str]:
    return {"token": "floor"}


@app.get("/api/v1/meetings/{meeting_id}")
async def snapshot(meeting_id: str) -> dict[str, str]:
    return {"id": meeting_id}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    port = parser.parse_args().port
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, ws="none")
