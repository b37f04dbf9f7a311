#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def filter_numbers(xs):
    return [x for x in xs if 3 <= x <= 23]
PY
