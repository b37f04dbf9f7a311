#!/usr/bin/env bash
python3 -c 'print(401 * 60)' > /workspace/answer.txt
