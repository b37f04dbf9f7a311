#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip_words(s):
    return '_'.join(reversed(s.split()))
PY
