#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def balances(xs):
    total, out = 0, []
    for x in xs:
        total += x
        out.append(total)
    return out
PY
