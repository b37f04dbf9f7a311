#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def upper_part(s):
    return s[:2].upper() + s[2:]
PY
