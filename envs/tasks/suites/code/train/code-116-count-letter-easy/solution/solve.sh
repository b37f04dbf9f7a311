#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def occurrences(s):
    return s.count('r')
PY
