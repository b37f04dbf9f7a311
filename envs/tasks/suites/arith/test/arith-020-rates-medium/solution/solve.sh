#!/usr/bin/env bash
python3 -c 'print(71 * 3)' > /workspace/answer.txt
