#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_e(s):
    return s.count('e')
PY
