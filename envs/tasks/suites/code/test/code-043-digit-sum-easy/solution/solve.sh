#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sum_digits(n):
    return sum(int(d) for d in str(n)) % 9
PY
