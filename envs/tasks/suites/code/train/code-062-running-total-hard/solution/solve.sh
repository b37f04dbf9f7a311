#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def tank_levels(xs):
    level, out = 16, []
    for x in xs:
        level = max(0, min(58, level + x))
        out.append(level)
    return out
PY
