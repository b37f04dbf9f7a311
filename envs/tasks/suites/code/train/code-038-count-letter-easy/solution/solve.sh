#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_char(s):
    return s.count('r')
PY
