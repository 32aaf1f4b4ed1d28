#!/usr/bin/env bash
# The spreadsheet tests read and write workbooks with a second, independent program: Python's
# openpyxl (Debian's python3-openpyxl). Install it when no python3 on the PATH, nor Debian's
# /usr/bin/python3, can import it. Safe to run more than once.
set -euo pipefail

has_openpyxl() {
  for py in "${PYTHON:-}" python3 /usr/bin/python3; do
    if [ -n "$py" ] && command -v "$py" > /dev/null 2>&1 && "$py" -c 'import openpyxl' > /dev/null 2>&1; then
      return 0
    fi
  done
  return 1
}

if has_openpyxl; then
  echo "openpyxl: present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends python3-openpyxl
has_openpyxl || { echo "openpyxl is still missing after installing python3-openpyxl" >&2; exit 1; }
echo "openpyxl: installed"
