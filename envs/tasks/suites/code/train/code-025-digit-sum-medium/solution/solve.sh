#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sum_digits_over(n):
    return sum(int(c) for c in str(n) if int(c) > 6)
PY
