# Two commands set everything up: `make site` and `make test`. Both create .venv from the
# pinned requirements.lock on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Material 9.7+ prints an end-of-life notice on every build; it is known (see README).
export NO_MKDOCS_2_WARNING := 1
# mkdocs-redirects prints a similar notice of its own.
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site test bench serve check new clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Build into a temporary folder and swap it in only on success, so a failed build never
# replaces the last good site/ with a half-written one.
site: $(STAMP)
	rm -rf .site.tmp
	$(BIN)/mkdocs build --strict --quiet --site-dir .site.tmp
	rm -rf site.old
	if [ -d site ]; then mv site site.old; fi
	mv .site.tmp site
	rm -rf site.old

# Browser-side test tools (axe-core, vnu-jar) and the lunr sources, pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest

# Build against plain Material at 100 / 1,000 / 5,000, search in Chromium, print set, warm rebuild:
# about half an hour; writes bench/results.md. Never part of `make test`.
bench: $(STAMP)
	scripts/bench all

serve: $(STAMP)
	$(BIN)/mkdocs serve

# Validate all content in under a second, without building (see CONTRIBUTING.md).
check: $(STAMP)
	$(BIN)/python -m leerpunt.tools.check

# make new TYPE=leidraad TITEL="Titel"  |  make new TYPE=aanpak TOOLKIT=leren-en-lesgeven TITEL="Titel"
new: $(STAMP)
	@if [ "$(TYPE)" = leidraad ] && [ -n "$(TITEL)" ]; then $(BIN)/python -m leerpunt.tools.new leidraad "$(TITEL)"; \
	elif [ "$(TYPE)" = aanpak ] && [ -n "$(TOOLKIT)" ] && [ -n "$(TITEL)" ]; then $(BIN)/python -m leerpunt.tools.new aanpak "$(TOOLKIT)" "$(TITEL)"; \
	else echo 'Gebruik: make new TYPE=leidraad TITEL="Titel"  of  make new TYPE=aanpak TOOLKIT=leren-en-lesgeven TITEL="Titel"'; exit 2; fi

clean:
	rm -rf site .site.tmp site.old .cache
