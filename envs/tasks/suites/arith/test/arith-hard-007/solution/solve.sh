#!/usr/bin/env bash
python3 -c 'print((7858 + 6616) * (2538 - 2036) // 7)' > /workspace/answer.txt
