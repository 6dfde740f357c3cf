#!/bin/sh
# Set up the benchmark (tests/bench.py): the package with its "bench" extra (spaCy), and a
# statistical English pipeline for the NER comparison when one can be installed. Run from the
# repository root. en_core_web_sm is published on GitHub, not on PyPI; without it the benchmark
# still runs and says that the NER comparison was skipped.
set -eu
python3 -m pip install -q --disable-pip-version-check -e '.[bench]'
if ! python3 -c "import en_core_web_sm" 2>/dev/null; then
    python3 -m pip install -q --disable-pip-version-check en_core_web_sm 2>/dev/null \
        || echo "bench setup: en_core_web_sm is not installable from the package index; NER comparison skipped"
fi
