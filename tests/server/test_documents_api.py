"""The items' documents and glossaries: the secretariat adds them, interpreters and the chair read
and download them; delegates and the public never see them — not in a route, a snapshot, the
stream or the public pages."""

import requests

ITEM = "d1-floor-morning"
PDF = b"%PDF-1.7\n% the secretariat's background paper, confidential until the session\n"
DOCX = b"PK\x03\x04 a DOCX container"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def base(api):
    return f"{api.url}/api/v1/meetings/{api.meeting}"


def upload(api, body, content_type="application/pdf", item=ITEM, **query):
    query.setdefault("title", "Background paper")
    return api.http.post(f"{base(api)}/items/{item}/documents", params=query, data=body,
                         headers={"Content-Type": content_type}, timeout=10)  # fmt: skip


def test_the_secretariat_adds_files_a_link_and_a_glossary_the_booth_reads_them(api):
    secretariat, booth = api("demo-secretariat"), api("demo-booth-ar")
    pdf = upload(secretariat, PDF, language="en")
    assert pdf.status_code == 201 and pdf.json()["kind"] == "file" and pdf.json()["size"] == len(PDF)
    assert upload(secretariat, DOCX, DOCX_TYPE, title="Draft conclusions").status_code == 201
    glossary = "synthetic media\tالوسائط الاصطناعية\ndeepfake = التزييف العميق\n".encode()
    assert upload(secretariat, glossary, "text/plain", title="Glossary", kind="glossary").status_code == 201
    link = secretariat.http.post(f"{base(secretariat)}/items/{ITEM}/links", timeout=10,
                                 json={"title": "WIPO page", "url": "https://www.wipo.int/conversation"})
    assert link.status_code == 201
    listed = booth.http.get(f"{base(booth)}/documents", params={"item_id": ITEM}, timeout=10).json()["documents"]
    assert [(d["title"], d["kind"]) for d in listed] == [
        ("Background paper", "file"), ("Draft conclusions", "file"), ("Glossary", "glossary"), ("WIPO page", "link")
    ]  # fmt: skip
    got = booth.http.get(f"{base(booth)}/documents/{listed[0]['id']}", timeout=10)
    assert got.content == PDF and got.headers["content-type"] == "application/pdf"
    assert "attachment" in got.headers["content-disposition"]
    words = booth.http.get(f"{base(booth)}/documents/{listed[2]['id']}", timeout=10)
    assert "التزييف العميق" in words.text
    chair = api("demo-chair")
    assert chair.http.get(f"{base(chair)}/documents", timeout=10).status_code == 200
    assert secretariat.http.delete(f"{base(secretariat)}/documents/{listed[1]['id']}", timeout=10).ok
    again = booth.http.get(f"{base(booth)}/documents", params={"item_id": ITEM}, timeout=10).json()["documents"]
    assert len(again) == 3


def test_delegates_and_the_public_never_see_them(api, server):
    secretariat = api("demo-secretariat")
    doc = upload(secretariat, PDF).json()
    kenya = api("demo-kenya")
    for answer in (
        kenya.http.get(f"{base(kenya)}/documents", timeout=10),
        kenya.http.get(f"{base(kenya)}/documents/{doc['id']}", timeout=10),
        upload(kenya, PDF),
        kenya.http.delete(f"{base(kenya)}/documents/{doc['id']}", timeout=10),
        upload(api("demo-booth-en"), PDF),  # the booths read, the secretariat adds
    ):
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "role_not_allowed"
    for text in (
        requests.get(f"{base(kenya)}", headers=kenya.http.headers, timeout=10).text,  # a delegate's snapshot
        requests.get(f"{base(api('demo-booth-en'))}", headers=api("demo-booth-en").http.headers, timeout=10).text,
        requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/public", timeout=10).text,
        requests.get(f"{server.url}/display/wipo-conv-12", timeout=10).text,
        requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics", timeout=10).text,
    ):
        assert "Background paper" not in text and "confidential until" not in text and doc["id"] not in text
    nobody = requests.get(f"{base(kenya)}/documents", timeout=10)
    assert nobody.status_code == 401


def test_bad_documents_are_refused_with_their_reason_and_nothing_is_kept(api):
    secretariat = api("demo-secretariat")
    cases = [
        (upload(secretariat, b"\x89PNG not a pdf"), 422, "unknown_format"),
        (upload(secretariat, PDF, "image/png"), 422, "unknown_format"),
        (upload(secretariat, PDF, item="no-such-item"), 404, "unknown_item"),
        (upload(secretariat, PDF, title=" "), 422, "invalid_title"),
        (upload(secretariat, PDF, language="de"), 422, "unknown_language"),
        (upload(secretariat, b"\xff\xfe not utf-8", kind="glossary"), 422, "invalid_text"),
        (secretariat.http.post(f"{base(secretariat)}/items/{ITEM}/links", timeout=10,
                               json={"title": "x", "url": "javascript:alert(1)"}), 422, "invalid_field"),
    ]  # fmt: skip
    for answer, status, code in cases:
        assert answer.status_code == status and answer.json()["error"]["code"] == code, answer.text
    booth = api("demo-booth-en")
    assert booth.http.get(f"{base(booth)}/documents", timeout=10).json()["documents"] == []
    missing = booth.http.get(f"{base(booth)}/documents/doc-nothing", timeout=10)
    assert missing.status_code == 404
