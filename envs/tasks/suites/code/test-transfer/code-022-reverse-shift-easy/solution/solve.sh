#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirror_shift(s):
    return ''.join(chr((ord(c) - 97 + 24) % 26 + 97) for c in s[::-1])
PY
