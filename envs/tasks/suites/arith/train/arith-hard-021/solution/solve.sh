#!/usr/bin/env bash
python3 -c 'print((601 + 572) * (4535 - 4727) // 7)' > /workspace/answer.txt
