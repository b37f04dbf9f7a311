#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def capped_totals(xs):
    level, out = 107, []
    for x in xs:
        level = max(0, min(181, level + x))
        out.append(level)
    return out
PY
