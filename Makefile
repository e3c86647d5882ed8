# Two commands set everything up: `make site` and `make test`. Both create .venv on first use:
# `make site` from the runtime lock only, `make test` adds the test lock (both with hashes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# make serve PORT=8001: the preview's port (the next free one is used when it is taken).
PORT ?= 8000
# Material 9.7+ prints an end-of-life notice on every build; it is known (see README).
export NO_MKDOCS_2_WARNING := 1
# mkdocs-redirects prints a similar notice of its own.
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site publish-site test bench serve check new doctor clean

# Said after pip's own (English) message when an installation step fails.
SETUP_FAILED := echo "De installatie in $(VENV) is mislukt (zie de melding hierboven). Tip: scripts/doctor controleert \
je computer; is de schijf of de map voor tijdelijke bestanden (TMPDIR) vol, maak dan ruimte vrij en probeer opnieuw." >&2; exit 1

$(STAMP): requirements/runtime.txt pyproject.toml
	$(PYTHON) -m venv $(VENV) || { $(SETUP_FAILED); }
	$(PIP) --require-hashes -r requirements/runtime.txt || { $(SETUP_FAILED); }
	$(PIP) --no-deps --no-build-isolation -e . || { $(SETUP_FAILED); }
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements/test.txt
	$(PIP) --require-hashes -r requirements/test.txt || { $(SETUP_FAILED); }
	touch $(TEST_STAMP)

# Strict (warnings fail it; never --quiet, which hides them from strict mode), into a private
# temporary folder swapped in only on success; a second `make site` at the same time waits.
site: $(STAMP)
	$(BIN)/python -m leerpunt.tools.build_site

# The build that is published: stops unless site_url (SITE_URL in the environment) is the real https address.
publish-site: $(STAMP)
	LEERPUNT_PUBLICATIE=1 $(BIN)/python -m leerpunt.tools.build_site

# Browser-side test tools (axe-core, vnu-jar) and the lunr sources, pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(TEST_STAMP) node_modules/.installed
	$(BIN)/python -m pytest

# Build against plain Material at 100 / 1,000 / 5,000 (wall and CPU time, both cores free and one
# busy), search in Chromium, print set, warm make site, profile, page paint and Lighthouse against
# plain Material, warm rebuild: about an hour; writes bench/results.md. Never part of `make test`.
bench: $(TEST_STAMP) node_modules/.installed
	scripts/bench all

serve: $(STAMP)
	$(BIN)/python -m leerpunt.tools.serve --port $(PORT)

# Is this computer ready (Python, venv, Pango, fonts, a free port)? Needs nothing installed.
doctor:
	scripts/doctor --port $(PORT)

# Validate all content in under a second, without building (see CONTRIBUTING.md).
check: $(STAMP)
	$(BIN)/python -m leerpunt.tools.check

# make new TYPE=leidraad TITEL="Titel"  |  make new TYPE=aanpak TOOLKIT=leren-en-lesgeven TITEL="Titel"  |  make new TYPE=project TITEL="Titel"
new: $(STAMP)
	@if [ "$(TYPE)" = leidraad ] && [ -n "$(TITEL)" ]; then $(BIN)/python -m leerpunt.tools.new leidraad "$(TITEL)"; \
	elif [ "$(TYPE)" = aanpak ] && [ -n "$(TOOLKIT)" ] && [ -n "$(TITEL)" ]; then $(BIN)/python -m leerpunt.tools.new aanpak "$(TOOLKIT)" "$(TITEL)"; \
	elif [ "$(TYPE)" = project ] && [ -n "$(TITEL)" ]; then $(BIN)/python -m leerpunt.tools.new project "$(TITEL)"; \
	else echo 'Gebruik: make new TYPE=leidraad TITEL="Titel", make new TYPE=aanpak TOOLKIT=leren-en-lesgeven TITEL="Titel" of make new TYPE=project TITEL="Titel"'; exit 2; fi

clean:
	rm -rf site .site.tmp.* .site.old.* .site.lock .cache
