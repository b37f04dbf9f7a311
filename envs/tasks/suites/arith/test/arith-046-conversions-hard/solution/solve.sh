#!/usr/bin/env bash
python3 -c 'print(6 * 1000 + 894)' > /workspace/answer.txt
