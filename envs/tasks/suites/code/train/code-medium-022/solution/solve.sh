#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_i(s):
    return s.count('i')
PY
