#!/bin/sh
# Set up everything the test suite needs on a fresh Debian/Ubuntu machine:
# Chromium (browser tests), raptor2-utils (rapper, a second Turtle validator),
# Virtuoso and Jena (real SPARQL engines; about a minute on a fresh machine),
# and the package with its test extras. Run from the repository root.
set -eu
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
if ! command -v chromium >/dev/null 2>&1 || ! command -v rapper >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null
fi
# Real servers for tests/test_load_anywhere.py: Virtuoso 7 and Apache Jena (riot, arq, tdb2) from Debian.
# Virtuoso's install asks for a dba password: preseed it (a fresh private database answers to dba/dba).
if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1 \
        || ! command -v unzip >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1 || [ ! -f /usr/share/java/jena-arq.jar ]; then
    printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
        "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" \
        "virtuoso-opensource-7 virtuoso-opensource-7/register-odbc-dsn boolean false" | $SUDO debconf-set-selections
    $SUDO apt-get update -qq
    log=$(mktemp)
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource \
        libapache-jena-java libxerces2-java default-jre-headless unzip curl >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    rm -f "$log"
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
