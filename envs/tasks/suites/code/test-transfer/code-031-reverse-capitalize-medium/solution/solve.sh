#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip_and_capitalize(s):
    return '-'.join(w.capitalize() for w in s.split()[::-1][:2])
PY
