"""Writes a backup or an anonymised copy and stops, as if killed, once its temporary file is
written.  Run by tests/test_corpus_erasure.py, which kills it with SIGKILL at that moment:
prints ``paused <temporary file>`` and waits."""

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


what, db = sys.argv[1], Path(sys.argv[2])
if what == "backup":
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
