# BuurtDesk: two commands.  `make run` opens BuurtDesk on a demo database;
# `make test` runs every check.  Both set themselves up on a fresh machine.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/demo.buurtdesk
# Debian libraries Qt needs for its offscreen and xcb platforms.
DEB_PKGS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
            libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0 \
            poppler-utils
# (poppler-utils: pdftotext, for the tests that read the documents' text layer)
# The tests' throw-away PostgreSQL cluster needs the server binaries (initdb, pg_ctl), which
# Debian keeps in /usr/lib/postgresql/NN/bin: the package is added only when none are there.
PG_DEBS := $(if $(wildcard /usr/lib/postgresql/*/bin/initdb),,postgresql)

.PHONY: run test bench bundle lock debs clean

run: $(STAMP)
	@test -f "$(DEMO_DB)" || $(VENV)/bin/buurtdesk demo --db "$(DEMO_DB)"
	$(VENV)/bin/buurtdesk --db "$(DEMO_DB)"

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) tests/pg_server.py -- $(PY) -m pytest -n auto

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The Linux bundle, its frozen self-test, a tarball, and the NSIS script compiled with the
# bundle as stand-in payload (installer/build-linux.sh; binutils for strip, nsis for makensis).
bundle: $(STAMP)
	@$(MAKE) --no-print-directory debs DEB_PKGS="binutils nsis"
	VENV=$(VENV) installer/build-linux.sh

# requirements.lock (hashed pins of the runtime dependencies and PyInstaller, Linux and Windows),
# from which the bundle builds install; `tools/lock.sh --upgrade` moves to newer releases.
lock:
	tools/lock.sh

debs:
	@missing=""; for p in $(DEB_PKGS) $(PG_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml | debs
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
