#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def emphasize(s):
    return s[:6].upper() + s[6:]
PY
