#!/usr/bin/env bash
# Installs the Debian packages the comparison benchmarks need (bench/README.md) on top of
# Cordon's own: Python 3 with psycopg2 and PostgreSQL 15 (server, pg_trgm, client) for
# bench/pg_trgm/compare.py, and wrk for bench/http/load.sh. Idempotent; run as root (or with
# sudo available) on Debian 12. Debian's postgresql-common creates and starts a default cluster
# on install; the benchmark runs its own throwaway cluster and does not use it.
set -euo pipefail
exec bash "$(dirname "$0")/setup.sh" python3 python3-psycopg2 postgresql-client-15 wrk
