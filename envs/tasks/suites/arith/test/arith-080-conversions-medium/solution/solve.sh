#!/usr/bin/env bash
python3 -c 'print(888 * 60)' > /workspace/answer.txt
