#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def encode(s):
    return ''.join(chr((ord(c) - 97 + 22) % 26 + 97) if 'a' <= c <= 'z' else c for c in s)
PY
