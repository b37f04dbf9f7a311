#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def matches(n):
    return n % 9 == 0 or n % 4 == 0
PY
