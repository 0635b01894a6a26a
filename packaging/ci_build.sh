#!/usr/bin/env bash
# Build the standalone Linux actgui from a clean venv and smoke-test it headless.
# What .ci/run runs; also fine by hand on Debian/Ubuntu (as root it installs the
# X11 libraries that get bundled, and xvfb for the real-window check).
#
#   bash packaging/ci_build.sh            # extra arguments go to packaging/build.py
#
# Prints the size report and a "BENCH packaging-size" row; fails on a smoke-test
# failure, a size over budget (onedir 170 MB, .tar.xz 55 MB) or a build over
# ACTGUI_BUILD_BUDGET_S seconds (default 1200: a build takes ~3-4 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${ACTGUI_BUILD_BUDGET_S:-1200}"
started=$(date +%s)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== system packages for the Linux build (bundled xcb libraries, xvfb, strip, xz)"
    # Qt's xcb platform plugin needs these at run time; PyInstaller bundles the
    # build machine's copies, so users without them still get a window.
    pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
          libegl1 libgl1 libfontconfig1 libdbus-1-3 xvfb xauth binutils xz-utils)
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null; }
fi

echo "== build the Linux app (packaging/build.py: clean venv, PyInstaller, .tar.xz, sizes)"
timeout "$budget" "${PYTHON:-python3}" packaging/build.py "$@"

echo "== smoke test of the frozen app (offscreen, and X11 under xvfb-run)"
version=$("${PYTHON:-python3}" -c "import json; print(json.load(open('dist/build-info.json'))['version'])")
xcb=()
command -v xvfb-run >/dev/null && xcb=(--xcb)
timeout 600 "${PYTHON:-python3}" packaging/smoke_test.py dist/actgui --expect-version "$version" "${xcb[@]}"

elapsed=$(( $(date +%s) - started ))
echo "packaging: built and smoke-tested in ${elapsed} s (budget ${budget} s)"
if [ "$elapsed" -gt "$budget" ]; then
    echo "packaging: over the time budget" >&2
    exit 1
fi
