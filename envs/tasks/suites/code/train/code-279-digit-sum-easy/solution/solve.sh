#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def digit_sum(n):
    return sum(int(d) for d in str(n)) % 10
PY
