#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def symmetric_count(s):
    return sum(1 for w in s.split() if len(w) >= 4 and w == w[::-1])
PY
