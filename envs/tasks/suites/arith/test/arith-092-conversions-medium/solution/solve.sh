#!/usr/bin/env bash
python3 -c 'print(538 * 1000)' > /workspace/answer.txt
