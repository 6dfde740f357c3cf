#!/bin/sh
# Set up everything the test suite needs on a fresh Debian/Ubuntu machine:
# Chromium (browser tests), raptor2-utils (rapper, a second Turtle validator),
# and the package with its test extras. Run from the repository root.
set -eu
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
if ! command -v chromium >/dev/null 2>&1 || ! command -v rapper >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
