#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def upper_part(s):
    return s[:-6] + s[-6:].upper()
PY
