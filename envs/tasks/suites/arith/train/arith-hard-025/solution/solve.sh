#!/usr/bin/env bash
python3 -c 'print((8492 + 4551) * (3590 - 9937) // 7)' > /workspace/answer.txt
