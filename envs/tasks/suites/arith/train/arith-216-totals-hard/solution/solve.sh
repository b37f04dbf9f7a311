#!/usr/bin/env bash
python3 -c 'print(704 + 358 + 516 + 940 + 422 + 239)' > /workspace/answer.txt
