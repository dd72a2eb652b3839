#!/usr/bin/env bash
# Netlify build: make sure a .NET 10 SDK is present, then build the site into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  install_dir="${NETLIFY_CACHE_DIR:-$HOME}/dotnet"
  if [ ! -x "$install_dir/dotnet" ]; then
    installer="$(mktemp)"
    curl -sSL https://dot.net/v1/dotnet-install.sh -o "$installer"
    bash "$installer" --channel 10.0 --install-dir "$install_dir"
    rm -f "$installer"
  fi
  export PATH="$install_dir:$PATH"
  export DOTNET_ROOT="$install_dir"
fi

dotnet run --project src/ClinicSite -c Release -- build
