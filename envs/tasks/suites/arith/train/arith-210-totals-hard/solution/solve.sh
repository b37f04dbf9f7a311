#!/usr/bin/env bash
python3 -c 'print(803 + 634 + 188 + 28 + 659 + 39)' > /workspace/answer.txt
