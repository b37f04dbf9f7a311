#!/usr/bin/env bash
python3 -c 'print(197 * 60 - 1531)' > /workspace/answer.txt
