#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def decode(s):
    out = ''
    for c in s:
        if 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 - 7) % 26 + 65)
        elif 'a' <= c <= 'z':
            c = chr((ord(c) - 97 - 7) % 26 + 97)
        out += c
    return out
PY
