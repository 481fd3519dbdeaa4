"""End to end on scrapyd: start a real scrapyd on 127.0.0.1, deploy the project egg with
`scrapyd-deploy`, schedule `t3n` against the offline replica, wait for the job, read its feed.

Everything lives in a tmp dir: scrapyd's config, eggs, logs, items and dbs, the crawl state,
and a copy of the project sources the egg is built from (building in the working tree would
leave build/ and *.egg-info/ behind and race with a concurrent test run).

scrapyd runs with its own HTTP basic authentication (``username`` / ``password`` in
scrapyd.conf), as the multi-node setup in docs/operators.md does: a scrapyd anyone can reach runs any egg
anyone uploads. The deploy takes its credentials from the environment (``${SCRAPYD_USERNAME}`` in
scrapy.cfg, expanded by scrapyd-client), and calls without them are refused.
"""

import base64
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from newscrawl.schemas import article_errors

ROOT = Path(__file__).resolve().parents[1]
JOB_TIMEOUT = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base: str, endpoint: str, data: dict | list | None = None, auth: tuple | None = None) -> dict:
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(f"{base}/{endpoint}", data=body)
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def refused(base: str, endpoint: str, data: dict, auth: tuple | None = None) -> int:
    """The HTTP status of a call scrapyd must refuse (401), or pytest.fail if it answered."""
    try:
        answer = api(base, endpoint, data, auth=auth)
    except urllib.error.HTTPError as exc:
        return exc.code
    pytest.fail(f"{endpoint} answered without valid credentials: {answer}")


@pytest.fixture
def scrapyd(tmp_path):
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    auth = ("newscrawl", secrets.token_urlsafe(16))  # a fresh password per test, never in the repo
    (home / "scrapyd.conf").write_text(f"""[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
username = {auth[0]}
password = {auth[1]}
eggs_dir = {home / "eggs"}
logs_dir = {home / "logs"}
items_dir = {home / "items"}
dbs_dir = {home / "dbs"}
# Check the queue often: the default 5 s poll would dominate this test's run time.
poll_interval = 0.2
max_proc = 2
""")
    log = open(home / "scrapyd.out", "wb")  # noqa: SIM115 (the server writes to it)
    # cwd=home: scrapyd reads ./scrapyd.conf, and crawls it starts write relative paths there.
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapyd", "--pidfile", str(home / "twistd.pid")],
        cwd=home,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if api(base, "daemonstatus.json", auth=auth)["status"] == "ok":
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("scrapyd did not start:\n" + (home / "scrapyd.out").read_text())
        time.sleep(0.1)
    yield {"url": base, "port": port, "home": home, "auth": auth}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def deploy(scrapyd, tmp_path) -> str:
    """`scrapyd-deploy e2e` from a copy of the project; the target comes from a scrapy.cfg in
    $XDG_CONFIG_HOME (scrapyd-deploy reads it besides the project's own scrapy.cfg), so the
    project's [deploy] section stays as docs/operators.md documents it."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "newscrawl", src / "newscrawl", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("setup.py", "pyproject.toml", "README.md", "LICENSE", "scrapy.cfg"):
        shutil.copy(ROOT / name, src / name)
    xdg = tmp_path / "xdg"
    xdg.mkdir()
    # Credentials as docs/operators.md has them: from the environment, expanded by scrapyd-client.
    (xdg / "scrapy.cfg").write_text(
        f"[deploy:e2e]\nurl = {scrapyd['url']}/\nproject = newscrawl\n"
        "username = ${SCRAPYD_USERNAME}\npassword = ${SCRAPYD_PASSWORD}\n"
    )
    env = dict(
        os.environ, XDG_CONFIG_HOME=str(xdg), SCRAPYD_USERNAME=scrapyd["auth"][0], SCRAPYD_PASSWORD=scrapyd["auth"][1]
    )
    deployer = Path(sys.executable).with_name("scrapyd-deploy")
    cmd = [str(deployer)] if deployer.exists() else [sys.executable, "-m", "scrapyd_client.deploy"]
    proc = subprocess.run([*cmd, "e2e", "-v", "e2e-1"], cwd=src, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"status": "ok"' in proc.stdout, proc.stdout + proc.stderr
    return "e2e-1"


def test_calls_without_credentials_are_refused(scrapyd):
    base, (user, password) = scrapyd["url"], scrapyd["auth"]
    schedule = {"project": "newscrawl", "spider": "t3n"}
    upload = {"project": "newscrawl", "version": "evil-1", "egg": "not an egg"}
    for endpoint, data in (("schedule.json", schedule), ("addversion.json", upload)):
        assert refused(base, endpoint, data) == 401
        assert refused(base, endpoint, data, auth=(user, password + "x")) == 401
        assert refused(base, endpoint, data, auth=("admin", password)) == 401
    assert api(base, "daemonstatus.json", auth=(user, password))["status"] == "ok"
    assert refused(base, "listprojects.json", None) == 401  # reading is refused too
    assert not (scrapyd["home"] / "eggs" / "newscrawl").exists()  # nothing was uploaded


def test_deploy_schedule_and_read_feed(scrapyd, replica_server, tmp_path):
    version = deploy(scrapyd, tmp_path)
    base, auth = scrapyd["url"], scrapyd["auth"]
    assert api(base, "listversions.json?project=newscrawl", auth=auth)["versions"] == [version]
    assert "t3n" in api(base, "listspiders.json?project=newscrawl", auth=auth)["spiders"]

    state = tmp_path / "state"
    job = api(
        base,
        "schedule.json",
        [
            ("project", "newscrawl"),
            ("spider", "t3n"),
            ("base_url", replica_server.base_url.rstrip("/")),
            ("setting", "DOWNLOAD_DELAY=0"),
            ("setting", "AUTOTHROTTLE_ENABLED=False"),
            ("setting", "CONCURRENT_REQUESTS_PER_DOMAIN=8"),
            ("setting", f"STATE_DIR={state}"),
        ],
        auth=auth,
    )
    assert job["status"] == "ok", job
    jobid = job["jobid"]

    deadline = time.monotonic() + JOB_TIMEOUT
    while True:
        jobs = api(base, "listjobs.json?project=newscrawl", auth=auth)
        if any(j["id"] == jobid for j in jobs["finished"]):
            break
        assert time.monotonic() < deadline, f"job not finished after {JOB_TIMEOUT} s: {jobs}"
        time.sleep(0.2)

    log = scrapyd["home"] / "logs" / "newscrawl" / "t3n" / f"{jobid}.log"
    log_text = log.read_text(errors="replace") if log.exists() else "(no log)"
    feed = scrapyd["home"] / "items" / "newscrawl" / "t3n" / f"{jobid}.jl"
    assert feed.exists(), log_text[-3000:]
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    ids = [item["id"] for item in items]
    assert items and len(ids) == len(set(ids)), log_text[-3000:]
    # The same articles a direct `scrapy crawl` finds (tests/test_crawl.py checks the fields).
    expected = json.loads((replica_server.root / "expected_crawl.json").read_text(encoding="utf-8"))
    assert set(ids) == {str(a["id"]) for a in expected["articles"]}
    assert all(article_errors(item) == [] for item in items)
    assert all(item["url"].startswith(replica_server.base_url.rstrip("/")) for item in items)
    assert "'finish_reason': 'finished'" in log_text
    assert "Traceback" not in log_text, log_text[-3000:]
    # The run report lands beside scrapyd's feed too, rendered from inside the zipped egg.
    report = (feed.parent / f"{jobid}.jl.report.html").read_text(encoding="utf-8")
    assert f"t3n: {len(items)} articles" in report
    assert "every article matches the schema" in report  # spidermon's validation counts, none
    # The crawl state went where the schedule call said (per node, per deploy).
    assert state.exists() and any(state.iterdir())
