"""Consent walls: t3n.de's consent layer served instead of articles is never exported, is fetched
again next run, and a run of mostly walls is sick with that reason. Consent cookies are sent only
when the operator sets NEWSCRAWL_CONSENT_COOKIES."""

from crawlrun import crawl, last_run, read_items
from replica.bad_inputs import CONSENT_INTERSTITIAL
from replica.server import ReplicaServer
from test_layout_drift import IDS, build

COOKIES = "_sp_v1_consent=1!0:-1:-1:-1:-1:-1; t3n_consent=8"


def test_a_run_of_consent_walls_is_sick_exports_nothing_and_retries_them(tmp_path):
    root = tmp_path / "site"
    build(root, lambda html: CONSENT_INTERSTITIAL)
    with ReplicaServer(root) as server:
        proc = crawl(server, tmp_path / "state", tmp_path, "-O", str(tmp_path / "out.jsonl"))
        status = last_run(tmp_path / "state")
        server.clear_requests()
        crawl(server, tmp_path / "state", tmp_path, "-O", str(tmp_path / "out2.jsonl"))
        again = [r["path"] for r in server.requests if "/news/apple-" in r["path"]]
    assert read_items(tmp_path / "out.jsonl") == []
    assert proc.returncode == 3 and status["verdict"] == "sick"
    assert any("consent_wall: 5 of 5 article pages" in p for p in status["problems"]), status["problems"]
    assert status["bad_input"]["consent_wall"] == len(IDS)
    assert sorted(again) == sorted(f"/news/apple-eigener-iphone-akku-{i}/" for i in IDS)


def test_consent_cookies_are_sent_only_when_the_operator_sets_them(tmp_path):
    root = tmp_path / "site"
    build(root)
    with ReplicaServer(root) as server:
        crawl(server, tmp_path / "s1", tmp_path, "-O", str(tmp_path / "a.jsonl"))
        plain = [r["cookie"] for r in server.requests]
        server.clear_requests()
        crawl(
            server,
            tmp_path / "s2",
            tmp_path,
            "-O",
            str(tmp_path / "b.jsonl"),
            "-s",
            f"NEWSCRAWL_CONSENT_COOKIES={COOKIES}",
        )
        sent = [r["cookie"] for r in server.requests]
    assert plain and set(plain) == {None}
    assert sent and set(sent) == {COOKIES}
