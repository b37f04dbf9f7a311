#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def tank_levels(xs):
    level, out = 44, []
    for x in xs:
        level = max(0, min(65, level + x))
        out.append(level)
    return out
PY
