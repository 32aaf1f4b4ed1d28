#!/usr/bin/env bash
# CI step for the notebook: installs Jupyter's command-line pieces from Debian when they are missing
# (CI runs as root), then runs `npm run test:notebook`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! jupyter nbconvert --version >/dev/null 2>&1 || ! python3 -c 'import nbclient, jupyter_client, ipykernel' >/dev/null 2>&1; then
  packages="jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
  else
    echo "ci-notebook: Jupyter's nbconvert is missing; install it as root: apt-get install $packages" >&2
    exit 1
  fi
fi

npm run test:notebook
