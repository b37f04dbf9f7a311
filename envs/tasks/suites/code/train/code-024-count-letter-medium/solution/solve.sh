#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_char(s):
    return s.lower().count('l')
PY
