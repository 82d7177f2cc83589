# Abdi: `make run` installs everything and serves the demo; `make test` runs every test.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
UV := $(shell command -v uv 2>/dev/null || echo .bootstrap/bin/uv)
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install test test-fast test-browser lint messages vendor bench clean

$(UV):
	python3 -m venv .bootstrap
	.bootstrap/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"

.venv/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	@touch $@

install: .venv/.synced

run: install
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@scripts/run.sh $(HOST) $(PORT)

test: install
	@scripts/ensure-chromium.sh
	$(PY) -m pytest -n 2 --dist loadfile

test-fast: install
	$(PY) -m pytest -n 2 --dist loadfile -m "not browser"

lint: install
	.venv/bin/ruff check .
	.venv/bin/lint-imports

messages: install
	$(PY) manage.py makemessages -l id --ignore=.venv --ignore=bench --ignore=node_modules --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv

vendor:
	npm install --no-audit --no-fund --silent
	cp node_modules/htmx.org/dist/htmx.min.js abdi/web/static/vendor/htmx-2.0.11.min.js
	# without its source-map comment: the map is not shipped and collectstatic would look for it
	sed '/^\/\/# sourceMappingURL=/d' node_modules/chart.js/dist/chart.umd.min.js > abdi/web/static/vendor/chart-4.5.1.umd.min.js
	# the first-login tour of abdi/guidance (MIT)
	cp node_modules/driver.js/dist/driver.js.iife.js abdi/web/static/vendor/driver-1.8.0.iife.js
	cp node_modules/driver.js/dist/driver.css abdi/web/static/vendor/driver-1.8.0.css
	cp node_modules/driver.js/license abdi/web/static/vendor/driver.LICENSE

bench: install
	bench/run.sh

clean:
	rm -rf .venv .bootstrap var artifacts
