#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip_words(s):
    return '_'.join(w[::-1] for w in s.split())
PY
