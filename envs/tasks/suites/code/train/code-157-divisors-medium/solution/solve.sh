#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def accept(n):
    return n % 10 == 0 and n % 7 != 0
PY
