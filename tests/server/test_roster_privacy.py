"""Least privilege with the fields an import brings (e-mail, gender, groups): a delegate's or an
interpreter's snapshot and stream never carry another participant's e-mail or gender, live or resumed;
the imported person sees their own, the chair and the secretariat see all."""

import json

from live_server import Api

PEOPLE = (
    "name,role,delegation,delegation_kind,attendance,language,gender,groups,email\n"
    "Amina Diallo,delegate,Senegal,member_state,remote,fr,nonbinary,Friends of Privacy,amina.private@example.org\n"
    "Ana Souza,delegate,Brazil,member_state,onsite,es,undisclosed-x,Friends of Privacy,ana.private@example.org\n"
)
SECRETS = ("amina.private@example.org", "ana.private@example.org", "nonbinary", "undisclosed-x")


def leaked(payload) -> list[str]:
    text = json.dumps(payload)
    return [s for s in SECRETS if s in text]


def test_no_delegate_or_interpreter_sees_anothers_email_or_gender_after_an_import(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    kenya, booth = Api(server.url).sign_in("demo-kenya"), Api(server.url).sign_in("demo-booth-fr")
    start = kenya.snapshot()["seq"]
    live = [kenya.stream(after=start), booth.stream(after=start)]
    answer = secretariat.http.post(f"{server.url}/api/v1/meetings/wipo-conv-12/participants",
                                   data=PEOPLE.encode(), timeout=60)
    assert answer.status_code == 200, answer.text
    assert leaked(answer.json()) == list(SECRETS[:2])  # the report tells the secretariat the e-mails
    amina = Api(server.url).sign_in(answer.json()["codes"][0]["code"])
    for viewer in (kenya, booth):
        assert leaked(viewer.snapshot()) == []
        assert leaked(viewer.stream(after=0).events(start + 3)) == []  # resumed from the start
    for stream in live:
        seen = stream.events(3)  # participant.added, participant.updated, meeting.groups_declared
        stream.close()
        assert [e["type"] for e in seen] == ["participant.added", "participant.updated", "meeting.groups_declared"]
        assert leaked(seen) == []
    mine = {p["name"]: p for p in amina.snapshot()["participants"]}
    assert (mine["Amina Diallo"]["email"], mine["Amina Diallo"]["gender"]) == ("amina.private@example.org",
                                                                                "nonbinary")
    assert leaked(amina.snapshot()) == ["amina.private@example.org", "nonbinary"]  # her own only
    for manager in ("demo-chair", "demo-secretariat"):
        assert sorted(leaked(Api(server.url).sign_in(manager).snapshot())) == sorted(SECRETS)
