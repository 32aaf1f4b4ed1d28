#!/usr/bin/env bash
# CI step for the policy explorer: installs Debian's Chromium (and a CJK font, so screenshots show
# the Chinese text) when missing (CI runs as root), then builds the site into site-dist/ with
# `npm run site`. The browser test (test/site/, run by `npm test`) needs both.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=""
[ -x "$chromium" ] || packages="chromium"
fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk\|droid sans fallback' || packages="$packages fonts-wqy-microhei"
if [ -n "${packages// /}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
  else
    echo "ci-site: missing $packages; install as root: apt-get install -y $packages" >&2
    exit 1
  fi
fi
"$chromium" --version

npm run site
