#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def tank_levels(xs):
    level, out = 80, []
    for x in xs:
        level = max(0, min(139, level + x))
        out.append(level)
    return out
PY
