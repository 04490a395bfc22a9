#!/usr/bin/env bash
# Regenerate requirements.lock: the runtime dependencies of pyproject.toml and the `bundle`
# extra (PyInstaller), pinned with the sha256 of every file of each pinned release, for
# Python 3.11 on Linux and Windows alike (one universal resolution: Windows-only packages such
# as pefile carry a `sys_platform == 'win32'` marker).
#
#   tools/lock.sh               (or: make lock)   keep the current pins where they still fit
#   tools/lock.sh --upgrade                       the newest releases that fit pyproject.toml
#
# The bundle build and the Windows build install from it with
#   pip install --require-hashes -r requirements.lock && pip install --no-deps .
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=${LOCK_TOOLS:-build/lock-tools}
if [ ! -x "$TOOLS/bin/uv" ]; then
  python3 -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install -q 'uv>=0.5'
fi
"$TOOLS/bin/uv" pip compile --quiet pyproject.toml --extra bundle --universal --python-version 3.11 \
  --generate-hashes --no-config --custom-compile-command "tools/lock.sh" \
  -o requirements.lock "$@"
