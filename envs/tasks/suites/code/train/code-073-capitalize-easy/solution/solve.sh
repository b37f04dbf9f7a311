#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def emphasize(s):
    return s[:-6] + s[-6:].upper()
PY
