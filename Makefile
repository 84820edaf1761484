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
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils \
	desktop-file-utils appstream

.PHONY: run demo test bench lint format sysdeps pgdeps venv bytecode translations translations-update install-desktop dist clean

sysdeps:
	@missing=$$(for p in $(QT_DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages Qt needs:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# The server suites (tests/store, tests/services on PostgreSQL) start a throwaway cluster of
# Debian's PostgreSQL; installing it must not make or start a system cluster of its own.
pgdeps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "Installing PostgreSQL (the tests run the store on a throwaway server too)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO mkdir -p /etc/postgresql-common; \
	  echo 'create_main_cluster = false' | $$SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends -o Dpkg::Options::=--force-confold postgresql >/dev/null; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

# The window's Dutch and German: the .ts sources compiled into .qm (not committed), which the
# package, the wheel and the bundle carry.
TS := $(wildcard desktop/assets/translations/*.ts)
translations: venv $(TS:.ts=.qm)
desktop/assets/translations/%.qm: desktop/assets/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing words on screen: the catalogues take the new ones (to be translated there).
translations-update: venv
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py' | sort) -no-obsolete \
	  -tr-function-alias tr+=translated -ts $(TS)

# Byte-code for the checkout's own modules (pip compiles what it installs): a start-up then
# reads .pyc files instead of compiling some 200 modules, also where PYTHONDONTWRITEBYTECODE is set.
bytecode: venv translations
	@$(BIN)/python -m compileall -q desktop >/dev/null

run: sysdeps bytecode
	$(BIN)/privacydesk

# A demo store of its own (400 invented cases), never the real one; "DEMO" in the title bar.
DEMO_DB ?= $(HOME)/.local/share/PrivacyDesk/demo.sqlite
demo: sysdeps bytecode
	test -e "$(DEMO_DB)" || $(BIN)/privacydesk --db "$(DEMO_DB)" demo --cases 400
	$(BIN)/privacydesk --db "$(DEMO_DB)"

test: sysdeps pgdeps venv translations
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

# The desktop entry (opens .eml and .msg: "Open with Privacy Desk"), the icon and the
# AppStream metainfo, for this user, running this checkout's program.
APP_ID := io.github.privacydesk.PrivacyDesk
XDG_DATA := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
install-desktop: venv
	install -Dm644 packaging/linux/$(APP_ID).desktop $(XDG_DATA)/applications/$(APP_ID).desktop
	sed -i 's#^\(Try\)\?Exec=privacydesk#\1Exec=$(CURDIR)/$(BIN)/privacydesk#' \
	  $(XDG_DATA)/applications/$(APP_ID).desktop
	install -Dm644 desktop/assets/icons/privacydesk.svg \
	  $(XDG_DATA)/icons/hicolor/scalable/apps/$(APP_ID).svg
	install -Dm644 desktop/assets/icons/privacydesk.png \
	  $(XDG_DATA)/icons/hicolor/256x256/apps/$(APP_ID).png
	install -Dm644 packaging/linux/$(APP_ID).metainfo.xml $(XDG_DATA)/metainfo/$(APP_ID).metainfo.xml
	-update-desktop-database -q $(XDG_DATA)/applications 2>/dev/null
	@echo "Installed $(APP_ID) for $$(id -un): Privacy Desk is in the applications menu."

# The one-folder bundle (build.spec, PyInstaller) in dist/privacydesk/, then tried from a
# clean folder: its command line logs a case and renders a letter, its window starts.
dist: sysdeps translations
	$(BIN)/pip install -q -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(BIN)/python scripts/smoke_bundle.py dist/privacydesk

clean:
	rm -rf $(VENV) build dist *.egg-info
