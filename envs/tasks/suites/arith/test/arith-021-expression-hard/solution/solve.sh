#!/usr/bin/env bash
python3 -c 'print(7108 * 8344 // 1549 - 4460)' > /workspace/answer.txt
