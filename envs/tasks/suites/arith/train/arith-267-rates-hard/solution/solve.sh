#!/usr/bin/env bash
python3 -c 'print(144 * 27)' > /workspace/answer.txt
