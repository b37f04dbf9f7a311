#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def checksum(n):
    return sum(int(d) for d in str(n)) % 12
PY
