#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_words_with(s):
    return sum(1 for w in s.split() if 'i' in w)
PY
