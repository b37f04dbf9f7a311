#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bounded_running(xs):
    level, out = 92, []
    for x in xs:
        level = max(0, min(125, level + x))
        out.append(level)
    return out
PY
