#!/usr/bin/env bash
python3 -c 'print(34362 - 31175)' > /workspace/answer.txt
