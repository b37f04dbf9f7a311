#!/usr/bin/env bash
python3 -c 'print((7943 + 4955) * (9352 - 8481) // 7)' > /workspace/answer.txt
