#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cross_sum(n):
    return sum(int(d) for d in str(n)) % 8
PY
