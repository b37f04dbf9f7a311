#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def encode_reversed(s):
    return ''.join(chr((ord(c) - 97 + 19) % 26 + 97) for c in s[::-1])
PY
