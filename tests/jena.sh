#!/bin/sh
# (From the shared recipes: kept here so that the tests and the README commands run without ../shared.)
# Run an Apache Jena command from Debian's libapache-jena-java (which ships no riot/arq wrappers).
#   apt-get install -y libapache-jena-java libxerces2-java default-jre-headless unzip
#   jena.sh riot --validate file.ttl        (exit 0 valid; 1 with line/column on a syntax error or ill-typed literal)
#   jena.sh arq --data file.ttl --query q.rq
# Debian's jena-core.jar (4.5.0) relocates Xerces without its message bundles, so every command dies with
# "RuntimeException: internal error" in XSSimpleTypeDecl.applyFacets1. This script puts those bundles
# (from jena-core.jar and Debian's xercesImpl.jar) on the classpath, built once under $JENA_FIX.
set -e
J=/usr/share/java
FIX=${JENA_FIX:-${XDG_CACHE_HOME:-$HOME/.cache}/jena-fix}
if [ ! -f "$FIX/xerces/impl/xpath/regex/message.properties" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && unzip -q -o $J/jena-core.jar 'org/apache/jena/ext/xerces/impl/msg/*' \
             && unzip -q -o $J/xercesImpl.jar 'org/apache/xerces/impl/xpath/regex/message.properties')
  mkdir -p "$FIX/xerces/impl/msg" "$FIX/xerces/impl/xpath/regex"
  cp "$tmp"/org/apache/jena/ext/xerces/impl/msg/*.properties "$FIX/xerces/impl/msg/"
  cp "$tmp"/org/apache/xerces/impl/xpath/regex/message.properties "$FIX/xerces/impl/xpath/regex/"
  rm -rf "$tmp"
fi
CP="$FIX:$(ls $J/jena-*.jar | tr '\n' ':')"
for d in commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 commons-logging \
         dexx.collection gson guava httpclient httpcore jackson-annotations jackson-core jackson-databind \
         jakarta.json-api jsonld-java protobuf slf4j-api slf4j-simple thrift titanium-json-ld; do
  CP="$CP$J/$d.jar:"
done
CLS=$1; shift
case "$CLS" in
  riot|turtle|ntriples|nquads|trig|rdfxml) CLS=riotcmd.$CLS ;;
  arq|sparql|qparse|uparse|update|rsparql) CLS=arq.$CLS ;;
esac
exec java ${JAVA_OPTS:--Xmx2g} -cp "$CP" "$CLS" "$@"
