#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def word_counts(s):
    counts = {}
    for w in s.split(';'):
        counts[w] = counts.get(w, 0) + 1
    return counts
PY
