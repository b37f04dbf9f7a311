#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def test_number(n):
    return n % 10 == 0 or n % 12 == 0
PY
