#!/usr/bin/env bash
python3 -c 'print((400 + 4930) * (6755 - 1101) // 7)' > /workspace/answer.txt
