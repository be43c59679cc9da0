# The portal's two promises: `make run` serves it with demo data, `make test` checks it.
# Everything lives in ./.venv and ./.pgdata; nothing else is needed but Python 3.11+ and git.

PYTHON ?= python3
PORT ?= 8000
WORKERS ?= 3
DEMO_CABLES ?= 3000
VENV := .venv
BIN := $(VENV)/bin
# SECRET_KEY from the environment wins; otherwise portal/settings.py reads the one
# generated into .secret_key, so manage.py works the same from make and from a shell.

.PHONY: run test lint db-start db-stop demo clean-venv

run: $(VENV)/.runtime .secret_key
	@$(MAKE) --no-print-directory db-ready
	@$(BIN)/python manage.py collectstatic --noinput -v0
	@$(BIN)/python manage.py load_demo --cables $(DEMO_CABLES)
	@echo "Serving the cable portal on http://127.0.0.1:$(PORT)/  (Ctrl-C stops it; make db-stop stops the database)"
	@PORT=$(PORT) WEB_CONCURRENCY=$(WORKERS) $(BIN)/gunicorn --config gunicorn.conf.py

test: $(VENV)/.dev .secret_key
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@$(MAKE) --no-print-directory db-ready
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

db-ready: .secret_key
	@$(BIN)/python manage.py migrate --noinput -v0
	@$(BIN)/python manage.py createcachetable

db-stop:
	@if [ -x $(BIN)/python ]; then $(BIN)/python -m portal.embedded_db stop; fi

.secret_key:
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@
	@echo "Generated a SECRET_KEY into .secret_key"

$(VENV)/.created:
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Python 3.11 or newer is needed, found ' + sys.version.split()[0])"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@touch $@

$(VENV)/.runtime: requirements.txt $(VENV)/.created
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@

clean-venv:
	rm -rf $(VENV)
