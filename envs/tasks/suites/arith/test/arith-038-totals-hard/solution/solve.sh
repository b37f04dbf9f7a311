#!/usr/bin/env bash
python3 -c 'print(983 + 426 + 563 + 639 + 53)' > /workspace/answer.txt
