#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shout_part(s):
    return s[:4].upper() + s[4:]
PY
