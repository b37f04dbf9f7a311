#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bounded_running(xs):
    level, out = 22, []
    for x in xs:
        level = max(0, min(22, level + x))
        out.append(level)
    return out
PY
