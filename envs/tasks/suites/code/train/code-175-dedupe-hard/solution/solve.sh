#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def repeated(xs):
    out = []
    for x in xs:
        if xs.count(x) >= 3 and x not in out:
            out.append(x)
    return out
PY
