#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_o(s):
    return s.count('o')
PY
