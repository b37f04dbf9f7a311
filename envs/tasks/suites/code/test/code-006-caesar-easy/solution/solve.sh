#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shift(s):
    return ''.join(chr((ord(c) - 97 + 6) % 26 + 97) for c in s)
PY
