#!/bin/bash
# (From the shared recipes: kept here so that the tests and the README commands run without ../shared.)
# A private Virtuoso 7 (Debian's virtuoso-opensource) on loopback, for tests and benchmarks.
#   virtuoso.sh install            apt-get install, non-interactive (root)
#   virtuoso.sh start DIR          start a private instance with its database and ini under DIR (ports 127.0.0.1:1111 and :8890)
#   virtuoso.sh load DIR FILE.ttl GRAPH_IRI    bulk-load a Turtle file into a named graph
#   virtuoso.sh stop DIR
# Then: curl -s http://127.0.0.1:8890/sparql -H 'Accept: text/csv' --data-urlencode 'query=SELECT ...'
# Notes seen here: the container's policy-rc.d blocks the service at install, so the preseeded password is not
# applied and a fresh database answers to dba/dba; isql-vt waits on stdin after a bad login (always </dev/null)
# and exits 0 even when a statement fails (grep its output for "Error"); the default ini caps results at
# ResultSetMaxRows=10000; 1M triples bulk-loaded in about 5 s, peak 1 GB.
set -eu
ISQL() { isql-vt 127.0.0.1:${VIRT_PORT:-1111} dba dba "EXEC=$1" </dev/null; }
case "${1:-}" in
install)
  printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" \
    "virtuoso-opensource-7 virtuoso-opensource-7/register-odbc-dsn boolean false" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends virtuoso-opensource >/dev/null ;;
start)
  D=$(realpath -m "$2"); mkdir -p "$D/db" "$D/data"
  sed -e "s|/var/lib/virtuoso-opensource-7/db|$D/db|g" \
      -e "s|^ServerPort *= 1111|ServerPort = 127.0.0.1:${VIRT_PORT:-1111}|" \
      -e "s|^ServerPort *= 8890|ServerPort = 127.0.0.1:${VIRT_HTTP:-8890}|" \
      -e "s|^DirsAllowed *=.*|DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, $D/data|" \
      /etc/virtuoso-opensource-7/virtuoso.ini > "$D/virtuoso.ini"
  (cd "$D/db" && exec virtuoso-t +configfile "$D/virtuoso.ini" +foreground >"$D/virtuoso.log" 2>&1) &
  echo $! > "$D/virtuoso.pid"
  for _ in $(seq 1 120); do ISQL "status('')" >/dev/null 2>&1 && exit 0; sleep 0.5; done
  echo "virtuoso did not start; see $D/virtuoso.log" >&2; exit 1 ;;
load)
  D=$(realpath -m "$2"); cp "$3" "$D/data/"
  out=$(ISQL "ld_dir('$D/data', '$(basename "$3")', '$4'); rdf_loader_run(); checkpoint; SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
  echo "$out" | grep -q "Error" && { echo "$out" >&2; exit 1; }; exit 0 ;;
stop)
  D=$(realpath -m "$2"); ISQL "shutdown()" >/dev/null 2>&1 || isql-vt 127.0.0.1:${VIRT_PORT:-1111} dba dba -K </dev/null >/dev/null 2>&1 || true
  pid=$(cat "$D/virtuoso.pid" 2>/dev/null || true)
  for _ in $(seq 1 40); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.5; done
  kill "$pid" ;;
*) sed -n '2,8p' "$0"; exit 2 ;;
esac
