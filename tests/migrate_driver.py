"""Opens (and so migrates) one BuurtDesk file, for tests/test_corpus_dbfile.py.

With ``KILL_AFTER_INDEX=N`` in the environment it kills itself with SIGKILL right after the
N-th ``CREATE INDEX`` has run, as a power cut or a closed laptop lid would stop it.  Prints
``migrating`` just before the file is opened, ``begun`` as the migration's transaction starts
and ``opened`` when the migration is done.
"""

import os
import signal
import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from buurtdesk.core.store.library import Library

kill_after = int(os.environ.get("KILL_AFTER_INDEX", "0"))
made = 0


def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if statement.startswith("BEGIN IMMEDIATE"):
        print("begun", flush=True)


def after(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    global made
    if statement.lstrip().upper().startswith("CREATE INDEX"):
        made += 1
        if made == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)


event.listen(Engine, "before_cursor_execute", before)
event.listen(Engine, "after_cursor_execute", after)
print("migrating", flush=True)
Library(sys.argv[1], create=False, daily_backup=False).close()
print("opened", flush=True)
