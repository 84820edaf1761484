# Privacy Desk: `make run` opens the app, `make test` runs the whole suite.
# Both set everything up on a fresh Debian machine with Python 3.11.
SHELL := /bin/bash
# 3.12+ where present (see scripts/find-python for why), else 3.11.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
# Qt's offscreen platform and a real X11 window (Xvfb) need these Debian packages.
QT_DEBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils

.PHONY: run demo test bench lint format sysdeps venv bytecode clean

sysdeps:
	@missing=$$(for p in $(QT_DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages Qt needs:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

# Byte-code for the checkout's own modules (pip compiles what it installs): a start-up then
# reads .pyc files instead of compiling some 200 modules, also where PYTHONDONTWRITEBYTECODE is set.
bytecode: venv
	@$(BIN)/python -m compileall -q desktop >/dev/null

run: sysdeps bytecode
	$(BIN)/privacydesk

# A demo store of its own (400 invented cases), never the real one; "DEMO" in the title bar.
DEMO_DB ?= $(HOME)/.local/share/PrivacyDesk/demo.sqlite
demo: sysdeps bytecode
	test -e "$(DEMO_DB)" || $(BIN)/privacydesk --db "$(DEMO_DB)" demo --cases 400
	$(BIN)/privacydesk --db "$(DEMO_DB)"

test: sysdeps venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: sysdeps bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_letters.py

lint: venv
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports

format: venv
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info
