#!/usr/bin/env bash
python3 -c 'print(2 * (975 + 399))' > /workspace/answer.txt
