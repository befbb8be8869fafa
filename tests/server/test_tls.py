"""TLS on the server's side: it serves HTTPS with a certificate of a throwaway CA, and plain clients
without that CA are refused (the app's side is in tests/client/test_tls_client.py)."""

import pytest
import requests

from companion.server.cli import main as cli_main


def test_the_server_speaks_https_and_plain_http_clients_without_the_ca_are_refused(tls_server, ca_file):
    assert tls_server.url.startswith("https://")
    assert requests.get(f"{tls_server.url}/api/v1/health", verify=ca_file, timeout=10).json() == {"status": "ok"}
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(f"{tls_server.url}/api/v1/health", timeout=10)  # the system's CAs do not know it


def test_certfile_without_keyfile_is_a_clear_error(tmp_path, capsys):
    code = cli_main(["serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--certfile", "cert.pem"])
    assert code == 2 and "--certfile and --keyfile go together" in capsys.readouterr().err
