"""Database URLs as the README writes them: sqlite:///meeting.db is a file in the working directory."""

import pytest

from companion.server.storage import StorageError
from companion.server.stores import open_storage


def test_three_slashes_is_relative_four_is_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_storage("sqlite:///meeting.db").close()
    assert (tmp_path / "meeting.db").exists()  # not /meeting.db at the root of the disk
    open_storage(f"sqlite:///{tmp_path / 'abs.db'}").close()  # sqlite:////tmp/…/abs.db
    assert (tmp_path / "abs.db").exists()


@pytest.mark.parametrize("url", ["sqlite://meeting.db", "sqlite:///", "sqlite://", "mysql://x/y"])
def test_a_url_that_names_no_file_is_one_clear_error(url):
    with pytest.raises(StorageError):
        open_storage(url)
