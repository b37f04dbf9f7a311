#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def encode(s):
    return ''.join(chr((ord(c) - 97 + 5) % 26 + 97) for c in s)
PY
