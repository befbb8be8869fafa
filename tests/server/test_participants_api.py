"""The secretariat imports participants through the API; every app sees them at once, e-mails stay private."""

from live_server import Api

PEOPLE = (
    "name;role;delegation;delegation_kind;attendance;language;gender;groups;email\n"
    "Amina Diallo;delegate;Senegal;member_state;remote;fr;female;;amina@example.org\n"
    "Ana Souza;delegate;Brazil;member_state;onsite;es;female;;ana.souza@example.org\n"
)


def post(api: Api, body: str, **params):
    return api.http.post(
        f"{api.url}/api/v1/meetings/{api.meeting}/participants",
        data=body.encode("utf-8"),
        params=params,
        headers={"Content-Type": "text/csv"},
        timeout=60,
    )


def test_the_secretariat_imports_a_list_gets_the_codes_once_and_streams_see_the_newcomers(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    kenya = Api(server.url).sign_in("demo-kenya")
    stream = kenya.stream(after=secretariat.snapshot()["seq"])
    dry = post(secretariat, PEOPLE, dry_run="true").json()
    assert (dry["applied"], [p["name"] for p in dry["added"]], dry["codes"]) == (False, ["Amina Diallo"], [])
    answer = post(secretariat, PEOPLE)
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert [p["name"] for p in report["added"]] == ["Amina Diallo"]  # the demo's Ana Souza (Brazil) is matched
    assert [p["name"] for p in report["updated"]] == ["Ana Souza"]
    assert [c["name"] for c in report["codes"]] == ["Amina Diallo"]
    amina = Api(server.url).sign_in(report["codes"][0]["code"])
    assert amina.participant["delegation"] == "Senegal"
    seen = stream.events(2)
    stream.close()
    assert [e["type"] for e in seen] == ["participant.added", "participant.updated"]
    assert all(e["data"]["participant"]["email"] == "" for e in seen)  # another delegate's e-mail is private
    assert [e["data"]["participant"]["email"] for e in secretariat.stream(after=seen[0]["seq"] - 1).events(2)] == [
        "amina@example.org",
        "ana.souza@example.org",
    ]
    by_kenya = {p["name"]: p for p in kenya.snapshot()["participants"]}
    assert by_kenya["Amina Diallo"]["email"] == "" and by_kenya["Ana Souza"]["attendance"] == "onsite"
    again = post(secretariat, PEOPLE).json()
    assert (again["added"], again["codes"], again["unchanged"]) == ([], [], 2)


def test_a_bad_list_is_a_422_with_every_problem_and_changes_nothing(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()["seq"]
    answer = post(secretariat, PEOPLE + "X;king;Nowhere;;;xx;;;\n;delegate;;;;;;;\n")
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "bad_participants"
    assert [(p["line"], p["issue"]) for p in error["problems"]] == [
        (4, "unknown_role"),
        (4, "unknown_language"),
        (5, "missing_name"),
    ]
    assert secretariat.snapshot()["seq"] == before


def test_only_the_secretariat_imports_and_reissues(server):
    chair = Api(server.url).sign_in("demo-chair")
    assert post(chair, PEOPLE).json()["error"]["code"] == "role_not_allowed"
    url = f"{server.url}/api/v1/meetings/wipo-conv-12/participants/del-br/code"
    assert chair.http.post(url, timeout=10).status_code == 403


def test_a_new_code_replaces_the_old_one(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    url = f"{server.url}/api/v1/meetings/wipo-conv-12/participants/del-br/code"
    answer = secretariat.http.post(url, timeout=30).json()
    assert Api(server.url).sign_in(answer["code"]).participant["id"] == "del-br"
    old = Api(server.url).http.post(
        f"{server.url}/api/v1/session", json={"meeting": "wipo-conv-12", "code": "demo-brazil"}, timeout=10
    )
    assert old.status_code == 401
    missing = secretariat.http.post(url.replace("del-br", "nobody"), timeout=10)
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "unknown_participant")


def test_a_list_of_thousands_is_not_too_large_but_a_huge_body_is(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    header = "name,role,delegation,email\n"
    row = "Delegate number {n:05d} of the list,delegate,Republic of Country {c},delegate.{n}@mission.example.org\n"
    many = header + "".join(row.format(n=n, c=n % 190) for n in range(6000))
    assert len(many.encode()) > 512 * 1024
    dry = post(secretariat, many, dry_run="true")
    assert dry.status_code == 200, dry.text[:200]
    assert len(dry.json()["added"]) == 6000 and dry.json()["applied"] is False  # checked, not applied
    huge = post(secretariat, header + "x" * (5 * 1024 * 1024))
    assert (huge.status_code, huge.json()["error"]["code"]) == (413, "too_large")


def test_an_interpreters_own_languages_from_the_list_reach_every_booth_board(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    body = "name;role;language;works_from;retour\nZhou Min;interpreter;zh;en|ru;en\n"
    assert post(secretariat, body, dry_run="true").json()["booths"] == ["zh"]
    answer = post(secretariat, body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["booths"] == ["zh"]
    booths = {b["language"]: b for b in secretariat.snapshot()["meeting"]["booths"]}
    assert booths["zh"]["interpreters"] == [{"name": "Zhou Min", "passive": ["en", "ru"], "retour": ["en"]}]
    wrong = post(secretariat, "name;role;language;retour\nZhou Min;interpreter;zh;pt\n")
    assert wrong.status_code == 422
    assert wrong.json()["error"]["problems"] == [
        {"line": 2, "issue": "unknown_language", "column": "retour", "value": "pt"}
    ]
