#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cumulative(xs):
    total, out = 348, []
    for x in xs:
        total += x
        out.append(total)
    return out
PY
