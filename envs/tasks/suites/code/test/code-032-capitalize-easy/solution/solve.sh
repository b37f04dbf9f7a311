#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shout_part(s):
    return s[:-5] + s[-5:].upper()
PY
