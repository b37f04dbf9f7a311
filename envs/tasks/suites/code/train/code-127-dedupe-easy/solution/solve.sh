#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def unique(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
PY
