#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def accept(n):
    return n % 9 == 0 and n % 4 != 0
PY
