"""A throw-away PostgreSQL cluster for one test run.

``initdb`` into a temporary folder, started on a free port of its own with fsync on, listening
on 127.0.0.1 and on a unix socket in that folder only, stopped and removed afterwards (also
when the run fails).  ``initdb`` and ``postgres`` refuse to run as root, so under root the
cluster belongs to an unprivileged user (``nobody``) and runs as that user through ``runuser``.

    python tests/pg_server.py -- COMMAND...   runs COMMAND with BUURTDESK_TEST_PG set to the
                                              cluster's URL (what ``make test`` does)

The tests' ``pg_server`` fixture uses that URL, or starts a cluster of its own when it is not set.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

URL_ENV = "BUURTDESK_TEST_PG"
RUN_AS = "nobody"  # the unprivileged owner of the cluster when the tests run as root
ADMIN = "buurtdesk_admin"


class ClusterError(RuntimeError):
    """The cluster could not be made or started; the message says why."""


def bin_dir() -> Path:
    """The newest ``/usr/lib/postgresql/NN/bin`` (Debian's place), or the folder of ``initdb``
    on PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ClusterError(
        "no PostgreSQL server binaries (initdb) found: run `make debs` or install the Debian "
        "package postgresql"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        self.bin = bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="buurtdesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.password = secrets.token_hex(16)
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            entry = pwd.getpwnam(RUN_AS)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self.as_user = ["runuser", "-u", RUN_AS, "--"]
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql://{ADMIN}:{self.password}@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str) -> None:
        done = subprocess.run(
            [*self.as_user, *argv], capture_output=True, text=True, cwd=self.root, check=False
        )
        if done.returncode:
            raise ClusterError(f"{Path(argv[0]).name} failed: {done.stderr.strip()[-800:]}")

    def start(self) -> Cluster:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if self.as_user:
            entry = pwd.getpwnam(RUN_AS)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        pwfile.chmod(0o600)
        try:
            self._run(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                ADMIN,
                f"--pwfile={pwfile}",
                "--auth-local=trust",  # the socket lives in our own 0700 folder
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=on "
            "-c max_connections=60"
        )
        log = self.root / "server.log"
        self._run(
            str(self.bin / "pg_ctl"), "start", "-w", "-D", str(self.data), "-l", str(log),
            "-o", options,
        )  # fmt: skip
        self.started = True
        return self

    def stop(self) -> None:
        try:
            if self.started:
                self._run(
                    str(self.bin / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(self.data)
                )
                self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: pg_server.py -- COMMAND...", file=sys.stderr)
        return 2
    try:
        cluster = Cluster().start()
    except (ClusterError, OSError, KeyError) as exc:
        print(f"error: the test PostgreSQL cluster did not start: {exc}", file=sys.stderr)
        return 1
    child: subprocess.Popen[bytes] | None = None

    def forward(signum: int, _frame: object) -> None:
        if child is not None:
            child.send_signal(signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, forward)
    try:
        child = subprocess.Popen(argv, env={**os.environ, URL_ENV: cluster.url})
        return child.wait()
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
