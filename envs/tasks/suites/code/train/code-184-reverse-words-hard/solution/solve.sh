#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_words(s):
    return '_'.join(s.split()[::-1][:4])
PY
