#!/usr/bin/env bash
python3 -c 'print(17510 * 20 // 100)' > /workspace/answer.txt
