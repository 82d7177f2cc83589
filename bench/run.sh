#!/usr/bin/env bash
# The benchmark of issue 2: 100,000 synthetic employees on PostgreSQL, gunicorn, wrk.
# Usage: bench/run.sh [--only search list ...] | --citizen | --teams | --tpp | --performance   (env: BENCH_EMPLOYEES, BENCH_DURATION, BENCH_WORKERS,
#        BENCH_THREADS, BENCH_DATABASE_URL, BENCH_NGINX=1 to go through nginx as in production). Sends traffic to 127.0.0.1 only; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/abdi_bench}
db_name=${DATABASE_URL##*/}
db_name=${db_name%%\?*}
if [[ "$db_name" == "test" ]]; then
  echo "Refusing to use the database 'test' (CI's); pick another name." >&2
  exit 2
fi
export DJANGO_SETTINGS_MODULE=abdi.settings.prod
export ABDI_SECRET_KEY=${ABDI_SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789}
export ABDI_BENCH_VIEWS=1
export ABDI_ALLOWED_HOSTS=127.0.0.1,localhost
export ABDI_SECURE_COOKIES=0
export ABDI_VAR_DIR=${ABDI_VAR_DIR:-$PWD/var/bench}
# Production keeps sessions and the cache in Redis (abdi/settings/base.py): do the same when one answers.
redis_url=${BENCH_REDIS_URL-redis://127.0.0.1:6379/15}
if [[ -n "$redis_url" ]] && .venv/bin/python -c "import redis,sys; redis.Redis.from_url(sys.argv[1]).ping()" \
    "$redis_url" 2>/dev/null; then
  export REDIS_URL=$redis_url
else
  echo "No Redis at ${redis_url:-(none)}: sessions stay in PostgreSQL." >&2
  unset REDIS_URL
fi
PY=.venv/bin/python
if [[ "${1:-}" == "--citizen" ]]; then
  # Issue 4: the demo governments (counters, agencies) are all the submissions need.
  shift
  if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi
  if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$db_name"; then
    createdb -h 127.0.0.1 -U postgres "$db_name"
  fi
  $PY manage.py migrate --noinput -v0
  has_counter=$($PY manage.py shell -c "
from django_scopes import scopes_disabled
from abdi.frontdesk.models import Counter
with scopes_disabled(): print(Counter.objects.exists())" 2>/dev/null | tail -1)
  [[ "$has_counter" == "True" ]] || $PY manage.py seed_demo
  $PY manage.py collectstatic --noinput -v0
  exec $PY bench/citizen.py "$@"
fi
if [[ "${1:-}" == "--teams" ]]; then
  # Issue 8: 60,000 synthetic employees, 2,000 teams with 50,000 memberships (bench/teams_data.py).
  shift
  if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi
  if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$db_name"; then
    createdb -h 127.0.0.1 -U postgres "$db_name"
  fi
  $PY manage.py migrate --noinput -v0
  have=$($PY manage.py shell -c "
from django_scopes import scopes_disabled
from abdi.people.models import Employee
with scopes_disabled(): print(Employee.objects.filter(instansi__slug='bench').count())" 2>/dev/null | tail -1)
  [[ "$have" -ge 50000 ]] || $PY manage.py generate_synthetic --employees "${BENCH_EMPLOYEES:-60000}" --slug bench --reset
  $PY bench/teams_data.py
  $PY manage.py collectstatic --noinput -v0
  psql -h 127.0.0.1 -U postgres -d "$db_name" -qc "VACUUM ANALYZE" >/dev/null
  exec $PY bench/teams.py "$@"
fi
employees=${BENCH_EMPLOYEES:-100000}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package) …"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [[ -n "${BENCH_NGINX:-}" ]] && ! command -v nginx >/dev/null; then
  echo "Installing nginx (Debian package nginx-light) for BENCH_NGINX …"
  apt-get install -y nginx-light >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y nginx-light >/dev/null; }
fi

# The bench database: created when missing, migrated, loaded once with the synthetic government.
pg_host=127.0.0.1
if ! psql -h "$pg_host" -U postgres -lqt | cut -d'|' -f1 | grep -qw "$db_name"; then
  createdb -h "$pg_host" -U postgres "$db_name"
fi
$PY manage.py migrate --noinput -v0
have=$($PY manage.py shell -c "
from django_scopes import scopes_disabled
from abdi.people.models import Employee
with scopes_disabled(): print(Employee.objects.filter(instansi__slug='bench').count())" 2>/dev/null | tail -1)
if [[ "$have" != "$employees" ]]; then
  echo "Loading $employees synthetic employees into $db_name …"
  start=$(date +%s)
  $PY manage.py generate_synthetic --employees "$employees" --slug bench --reset
  echo "Loaded in $(( $(date +%s) - start )) s."
fi
$PY manage.py collectstatic --noinput -v0
psql -h "$pg_host" -U postgres -d "$db_name" -qc "VACUUM ANALYZE" >/dev/null

if [[ "${1:-}" == "--tpp" ]]; then
  shift
  # Issue 5: SKPs, last month's appraisals and ~2 million attendance days, kept between runs.
  $PY bench/tpp.py "$@"
elif [[ "${1:-}" == "--performance" ]]; then
  shift
  # Issue 3: performance data at scale (SKPs for everyone, 10 million activities; a 15,000-employee
  # government for the queue and the dashboard), loaded once and kept between runs.
  have_acts=$(psql -h "$pg_host" -U postgres -d "$db_name" -tAc "SELECT count(*) FROM performance_activity" 2>/dev/null || echo 0)
  if (( have_acts < ${BENCH_ACTIVITIES:-10000000} )); then
    $PY manage.py generate_performance --slug bench --activities "${BENCH_ACTIVITIES:-10000000}"
    $PY manage.py generate_synthetic --employees 15000 --slug bench15 --reset
    $PY manage.py generate_performance --slug bench15 --activities 1500000
  fi
  $PY bench/performance.py "$@"
else
  $PY bench/measure.py "$@"
fi
