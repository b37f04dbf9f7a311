#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shift(s):
    return ''.join(chr((ord(c) - 97 + 12) % 26 + 97) if 'a' <= c <= 'z' else c for c in s)
PY
