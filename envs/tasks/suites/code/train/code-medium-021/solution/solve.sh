#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_a(s):
    return s.count('a')
PY
