#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def filter_numbers(xs):
    return [x for x in xs if x % 4 == 0 and x % 6 != 0]
PY
