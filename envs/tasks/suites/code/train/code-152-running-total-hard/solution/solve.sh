#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def capped_totals(xs):
    level, out = 40, []
    for x in xs:
        level = max(0, min(51, level + x))
        out.append(level)
    return out
PY
