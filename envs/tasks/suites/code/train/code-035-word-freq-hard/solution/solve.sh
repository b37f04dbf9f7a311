#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def leaders(s):
    counts = {}
    for w in s.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:2]
PY
