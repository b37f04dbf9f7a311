#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def upper_part(s):
    return s[:-4] + s[-4:].upper()
PY
