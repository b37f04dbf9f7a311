#!/usr/bin/env bash
python3 -c 'print(897 * 88)' > /workspace/answer.txt
