"""A throwaway CA and the real server on HTTPS with a certificate it issued (trustme): shared by the
server's TLS tests and the app's (registered as a plugin in tests/conftest.py)."""

import pytest
import trustme
from live_server import LiveServer


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def tls_server(db_path, ca, tmp_path):
    cert = ca.issue_cert("127.0.0.1", "localhost")
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    live = LiveServer(db_path, certfile=str(certfile), keyfile=str(keyfile)).start()
    yield live
    live.stop()


@pytest.fixture
def ca_file(ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)
