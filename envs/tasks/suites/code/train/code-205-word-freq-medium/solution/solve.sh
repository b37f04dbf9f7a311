#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def tally(s):
    counts = {}
    for w in s.lower().split():
        w = w.strip('?!:')
        counts[w] = counts.get(w, 0) + 1
    return counts
PY
