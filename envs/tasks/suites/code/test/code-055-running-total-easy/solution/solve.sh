#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def running_totals(xs):
    total, out = 413, []
    for x in xs:
        total += x
        out.append(total)
    return out
PY
