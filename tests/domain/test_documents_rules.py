"""What may be stored as an item's document, and who reads documents."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Invalid
from companion.domain.documents import (
    Document,
    DocumentKind,
    check_document,
    glossary_terms,
    may_read_documents,
)

M = Meeting()


def link(url):
    return Document("d", "d1-opening", DocumentKind.LINK, "A page", url=url)


@pytest.mark.parametrize("url", ["https://www.wipo.int/x", "http://example.org"])
def test_web_addresses_are_links(url):
    check_document(M.state, link(url), b"", 0)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "https://", "https://a b", "ftp://x"])
def test_other_addresses_are_refused(url):
    with pytest.raises(Invalid):
        check_document(M.state, link(url), b"", 0)


@given(st.binary(max_size=64))
def test_a_file_is_kept_only_when_its_content_is_what_it_claims(body):
    pdf = Document("d", "d1-opening", DocumentKind.FILE, "Paper", content_type="application/pdf")
    try:
        check_document(M.state, pdf, body, 0)
        assert body.startswith(b"%PDF-")
    except Invalid as refused:
        assert refused.code == "unknown_format" and not body.startswith(b"%PDF-")


def test_who_reads_documents():
    people = M.state.participants
    assert [p for p in people if may_read_documents(people[p])] == [
        "chair", "secretariat", "int-ar", "int-zh", "int-en", "int-fr", "int-ru", "int-es"
    ]  # fmt: skip


def test_glossary_lines_become_terms():
    assert glossary_terms("a\tb\n\nc = d\nalone\n") == [("a", "b"), ("c", "d"), ("alone", "")]
