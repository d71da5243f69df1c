#!/usr/bin/env bash
# Installs the Debian packages the comparison benchmarks need (bench/README.md): Python 3 with
# psycopg2 and PostgreSQL 15 (server, pg_trgm, client) for bench/pg_trgm/compare.py, and wrk.
# Idempotent; run as root (or with sudo available) on Debian 12, after scripts/setup.sh.
set -euo pipefail

packages=(
  python3 python3-psycopg2
  postgresql-15 postgresql-client-15
  wrk
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup_bench: all ${#packages[@]} packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup_bench: installing ${missing[*]}"
$SUDO apt-get update -qq
# Debian's postgresql-common creates and starts a default cluster on install; the benchmark runs
# its own throwaway cluster and does not use it.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
