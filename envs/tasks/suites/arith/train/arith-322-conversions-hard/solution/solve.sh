#!/usr/bin/env bash
python3 -c 'print(27 * 1000 + 426)' > /workspace/answer.txt
