#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_words(s):
    return '_'.join(reversed(s.split()))
PY
