"""Shared fixtures: the offline t3n.de replica (tests/site) and its HTTP server.

``tests/`` goes on sys.path so that ``import replica`` works (tests/ is not a package).
"""

import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from replica.build import build_bad_inputs, build_site  # noqa: E402
from replica.server import Faults, ReplicaServer  # noqa: E402

SITE_DIR = TESTS_DIR / "site"


@pytest.fixture(scope="session")
def replica_site() -> Path:
    """The committed default replica (regenerate with ``python tests/replica/build.py``)."""
    return SITE_DIR


@pytest.fixture(scope="session")
def replica_server(replica_site):
    """The default replica served on 127.0.0.1:<free port> for the whole session.

    Attributes: ``base_url``, ``root``, ``requests`` (list of {"method", "path", "status",
    "fault", …}), ``clear_requests()`` / ``clear()``, ``url(path)``, ``faults_injected``.
    Tests that look at the request log should call ``clear_requests()`` first.
    """
    server = ReplicaServer(replica_site).start()
    yield server
    server.stop()


@pytest.fixture
def make_replica(tmp_path_factory):
    """Factory: build a site into a fresh tmp dir and serve it; shut down after the test.

        srv = make_replica(records=ARTICLES + new, bad_inputs=True, faults={"rate_5xx": 0.2})
        srv = make_replica(tmp_path / "site", records=...)   # a root of your choice

    Extra keyword arguments go to ``build_site`` (padding_kb, crawl_delay, news_per_page…).
    The returned server has ``.summary`` (build_site's expected crawl) and ``.bad_inputs``.
    Calling it again with the same root rebuilds the site under the running server (for
    incremental tests: the server reads files per request) and returns the same server.
    """
    servers: dict[Path, ReplicaServer] = {}

    def _make(root=None, records=None, *, bad_inputs=False, faults=None, **build_kwargs):
        root = Path(root) if root else tmp_path_factory.mktemp("replica") / "site"
        summary = build_site(root, records, **build_kwargs)
        bad = build_bad_inputs(root) if bad_inputs else []
        server = servers.get(root)
        if server is None:
            if isinstance(faults, dict):
                faults = Faults(**faults)
            server = ReplicaServer(root, faults=faults).start()
            servers[root] = server
        server.summary = summary
        server.bad_inputs = bad
        return server

    yield _make
    for server in servers.values():
        server.stop()
