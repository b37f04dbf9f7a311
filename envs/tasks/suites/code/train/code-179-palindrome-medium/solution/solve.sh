#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirrored(s):
    t = s.replace('*', '').lower()
    return t == t[::-1]
PY
