#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a screening result: installs the packages,
# builds Cordon (release) and screens a name. With no --list, the example list shipped in
# data/example_list.csv is used; pass cordon screen options after the name to change that:
#   scripts/quickstart.sh "Tehrik-e Taliban Pakistan" --list ../shared/data/lists/us_ofac_sdn/latest
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release
name=${1:-"Tehreek-e-Taliban Pakistan"}
shift || true
exec build/cli/cordon screen "$@" "$name"
