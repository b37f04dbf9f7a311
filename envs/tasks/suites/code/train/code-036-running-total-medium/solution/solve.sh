#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def lows_list(xs):
    out = []
    for x in xs:
        out.append(x if not out else min(out[-1], x))
    return out
PY
