#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip_words(s):
    return ','.join(reversed(s.split()))
PY
