#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def matches(n):
    return n % 11 == 0 and n % 2 == 0
PY
