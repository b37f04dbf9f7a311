#!/usr/bin/env bash
python3 -c 'print(8431 * 6324 // 587 - 2429)' > /workspace/answer.txt
