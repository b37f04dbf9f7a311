#!/usr/bin/env bash
python3 -c 'print(54 * 19)' > /workspace/answer.txt
