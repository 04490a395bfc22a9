"""The windowed program of the bundle, ``buurtdesk-gui``: what the shortcuts start.

A file given as the first argument (a double-clicked ``.buurtdesk`` file, the ``%f`` of the
``.desktop`` file) is opened; without one, the usual file or the welcome dialog.
"""

import sys
from pathlib import Path

from buurtdesk.gui.app import main

if __name__ == "__main__":
    files = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    sys.exit(main(sys.argv[:1], db_path=Path(files[0]) if files else None))
