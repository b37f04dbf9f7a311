#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def letter_count(s):
    return s.count('p')
PY
