#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (tools that download their own
# browser cannot run here). Install it when missing and we are allowed to.
# Run by the browser tests' global setup (tests/e2e/global-setup.ts), so only
# they need it; .ci/run installs it the same way before anything else.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' and try again." >&2
  exit 1
fi
echo "Installing Debian's Chromium for the browser tests..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
