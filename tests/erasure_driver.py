"""Writes a backup or an anonymised copy and stops, as if killed, once its temporary file is
written.  Run by tests/test_corpus_erasure.py, which kills it with SIGKILL at that moment:
prints ``paused <temporary file>`` and waits.

``delete DB ID MODULE:FUNCTION before|after N`` deletes person ID and kills itself with SIGKILL
just before (or after) the N-th call of that function, as a power cut would stop it."""

import importlib
import sys
import time
from pathlib import Path
from typing import Any

from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import backup


def pause_after(module: Any, name: str) -> None:
    real = getattr(module, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        print("paused", Path(args[1]), flush=True)
        time.sleep(600)
        return result

    setattr(module, name, paused)


def kill_at(target: str, when: str, nth: int) -> None:
    import os
    import signal

    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    real = getattr(module, name)
    calls = 0

    def killing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == nth and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        if calls == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(module, name, killing)


what, db = sys.argv[1], Path(sys.argv[2])
if what == "delete":
    from buurtdesk.core.store.library import Library

    lib = Library(db, create=False, daily_backup=False)
    kill_at(sys.argv[4], sys.argv[5], int(sys.argv[6]))
    privacy.erase_people(lib, [int(sys.argv[3])], delete=True)
elif what == "backup":
    pause_after(backup, "backup_file")
    backup.make_backup(db, "manual")
else:
    import importlib.util

    from buurtdesk.core.store.library import Library

    modules: list[Any] = [privacy]
    if importlib.util.find_spec("buurtdesk.core.store.erasure"):
        modules.append(importlib.import_module("buurtdesk.core.store.erasure"))
    for module, name in ((modules[0], "backup_file"), (modules[-1], "write_vacuumed")):
        if hasattr(module, name):
            pause_after(module, name)
    lib = Library(db, create=False, daily_backup=False)
    privacy.export_anonymised(lib, Path(sys.argv[3]))
print("done", flush=True)
