#!/usr/bin/env bash
# The two commands a newcomer needs on a fresh Debian machine (see README.md):
#   ./run.sh serve   install what is missing, build both locales, serve at http://localhost:3000
#   ./run.sh test    install what is missing, then run every test (npm test)
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the site needs: nginx serves the build (the same config as production),
# Chromium's headless shell with Korean fonts runs the browser tests, the full Chromium the
# Lighthouse bench.
PACKAGES=(nginx-light libnginx-mod-http-brotli-static chromium chromium-headless-shell fonts-nanum)

install_system_packages() {
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_npm_packages() {
  # Reinstall from the lockfile unless node_modules is already newer than it.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

case "${1:-}" in
  serve)
    install_system_packages
    install_npm_packages
    npm run build
    npm run serve
    ;;
  test)
    install_system_packages
    install_npm_packages
    npm test
    ;;
  *)
    echo "usage: ./run.sh serve | test" >&2
    exit 2
    ;;
esac
