#!/usr/bin/env bash
python3 -c 'print(61 * 94)' > /workspace/answer.txt
