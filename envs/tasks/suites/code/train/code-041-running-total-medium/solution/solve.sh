#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def highs_list(xs):
    out = []
    for x in xs:
        out.append(x if not out else max(out[-1], x))
    return out
PY
