#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_u(s):
    return s.count('u')
PY
