#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_letter(s):
    return s.lower().count('t')
PY
