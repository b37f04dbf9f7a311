#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def test_number(n):
    return n % 8 == 0 and n % 3 == 0
PY
