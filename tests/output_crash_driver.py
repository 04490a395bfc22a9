"""Runs one ``buurtdesk`` command that stops just before its output is moved into place.

Run by tests/test_corpus_outputs.py, which kills it with SIGKILL there: the temporary file is
then complete, personal data and all.  Prints ``written <temporary file>`` and waits.
"""

import os
import sys
import time

from buurtdesk.cli.main import run


def stop(src: str, dst: str) -> None:
    print(f"written {src}", flush=True)
    time.sleep(600)


os.replace = stop  # type: ignore[assignment]
sys.exit(run(sys.argv[1:]))
