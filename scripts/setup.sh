#!/usr/bin/env bash
# Installs every Debian package Cordon needs to build, test, benchmark and fuzz. Idempotent; run
# as root (or with sudo available) on Debian 12.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang libclang-rt-14-dev clang-format
  libicu-dev libpugixml-dev libsimdjson-dev zlib1g-dev libcli11-dev libxxhash-dev libcpp-httplib-dev
  libsqlite3-dev sqlite3 libpqxx-dev libssl-dev postgresql-15
  libgtest-dev libgmock-dev libbenchmark-dev
  "$@"  # extra packages (scripts/setup_bench.sh)
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
