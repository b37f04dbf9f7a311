#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def occurrences(s):
    return s.lower().count('c')
PY
