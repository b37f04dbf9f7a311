#!/usr/bin/env bash
python3 -c 'print(43 * 30)' > /workspace/answer.txt
