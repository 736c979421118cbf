#!/usr/bin/env bash
# Debian's Chromium for the browser test (playwright-core drives /usr/bin/chromium; no browser download).
set -euo pipefail
command -v chromium >/dev/null 2>&1 || apt-get install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
