#!/usr/bin/env bash
# Build the Linux bundle and check it; compile the Windows installer script with it.
#
#   installer/build-linux.sh        (or: make bundle)
#
# 1. installs the pinned, hash-checked dependencies and PyInstaller from requirements.lock into
#    .venv (created when missing), then BuurtDesk itself without dependencies;
# 2. builds the one-folder bundle dist/BuurtDesk/ from installer/buurtdesk.spec;
# 3. runs the frozen self-test: dist/BuurtDesk/buurtdesk --self-test;
# 4. packs dist/BuurtDesk-<version>-linux-x86_64.tar.gz (with menu-installeren.sh);
# 5. compiles installer/buurtdesk.nsi with makensis, the Linux bundle standing in for the
#    Windows one, uncompressed to be quick: proof that the script compiles.  SKIP_NSIS=1
#    skips it; NSIS_COMPRESSOR=lzma compresses as the real installer does.
# Prints the size of the bundle and how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s)"; }

step "BuurtDesk $VERSION: installing the build tools"
[ -x "$PY" ] || python3 -m venv "$VENV"
"$PY" -m pip install -q --require-hashes -r requirements.lock
"$PY" -m pip install -q --no-deps -e .

step "building dist/BuurtDesk with PyInstaller"
rm -rf dist/BuurtDesk build/pyinstaller
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/buurtdesk.spec
cp installer/linux-menu.sh dist/BuurtDesk/menu-installeren.sh
built=$SECONDS
echo "bundle size: $(du -sh dist/BuurtDesk | cut -f1)"

step "frozen self-test"
env -u DISPLAY -u WAYLAND_DISPLAY dist/BuurtDesk/buurtdesk --self-test
tested=$SECONDS

step "packing the tarball"
tarball="dist/BuurtDesk-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$tarball" BuurtDesk
echo "$tarball: $(du -h "$tarball" | cut -f1)"

if [ "${SKIP_NSIS:-0}" != 1 ]; then
  step "compiling the NSIS installer script (Linux bundle as stand-in payload)"
  command -v makensis >/dev/null || { echo "error: makensis not found (apt-get install nsis)" >&2; exit 1; }
  makensis -V2 -DVERSION="$VERSION" -DCOMPRESSOR="${NSIS_COMPRESSOR:-none}" -DBUNDLE=../dist/BuurtDesk \
    -DOUTDIR=../dist installer/buurtdesk.nsi
  echo "dist/BuurtDesk-Setup-$VERSION.exe (stand-in, not for Windows): $(du -h "dist/BuurtDesk-Setup-$VERSION.exe" | cut -f1)"
fi
echo "== done: bundle $((built - started)) s, self-test $((tested - built)) s, all $((SECONDS - started)) s"
