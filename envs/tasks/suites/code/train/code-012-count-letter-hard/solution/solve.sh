#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def words_containing(s):
    return sum(1 for w in s.split() if 'a' in w)
PY
