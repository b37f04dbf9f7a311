#!/usr/bin/env bash
python3 -c 'print(73 * 24)' > /workspace/answer.txt
