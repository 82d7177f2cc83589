#!/usr/bin/env bash
# Serves the app with a background task worker; both stop on Ctrl-C.
set -euo pipefail
host=${1:-127.0.0.1}
port=${2:-8000}
.venv/bin/python manage.py db_worker --queue-name default >var/worker.log 2>&1 &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
cat <<MSG

  Abdi is running at http://$host:$port/
  Log in at http://$host:$port/accounts/login/ with a demo account from README.md
  (password: abdi-demo-2026). Admin accounts ask for a TOTP code:
  .venv/bin/python manage.py demo_totp <username> prints the current one.

MSG
exec .venv/bin/python manage.py runserver "$host:$port" --noreload
