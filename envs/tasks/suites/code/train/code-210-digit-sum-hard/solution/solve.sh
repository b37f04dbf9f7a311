#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def how_many_sum_to(n):
    return sum(1 for i in range(1, n + 1) if sum(int(d) for d in str(i)) == 17)
PY
