#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def unshift(s):
    out = ''
    for c in s:
        if 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 - 17) % 26 + 65)
        elif 'a' <= c <= 'z':
            c = chr((ord(c) - 97 - 17) % 26 + 97)
        out += c
    return out
PY
