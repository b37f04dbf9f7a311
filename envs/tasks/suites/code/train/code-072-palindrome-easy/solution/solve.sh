#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reads_same(s):
    return len(s) >= 4 and s == s[::-1]
PY
