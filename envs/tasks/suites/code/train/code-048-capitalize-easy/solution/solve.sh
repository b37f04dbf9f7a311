#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def upper_part(s):
    return s[:3].upper() + s[3:]
PY
