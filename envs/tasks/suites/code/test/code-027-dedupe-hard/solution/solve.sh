#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def frequent(xs):
    out = []
    for x in xs:
        if xs.count(x) >= 2 and x not in out:
            out.append(x)
    return out
PY
