#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def matches(n):
    return n % 8 == 0 and n % 6 != 0
PY
