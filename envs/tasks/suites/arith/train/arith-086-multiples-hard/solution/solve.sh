#!/usr/bin/env bash
python3 -c 'print(34 * 752)' > /workspace/answer.txt
