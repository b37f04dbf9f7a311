#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def digit_sum_above(n):
    return sum(int(c) for c in str(n) if int(c) > 0)
PY
