#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def words_with(s):
    return sum(1 for w in s.split() if 'u' in w)
PY
