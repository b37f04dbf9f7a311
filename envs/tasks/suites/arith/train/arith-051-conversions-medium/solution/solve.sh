#!/usr/bin/env bash
python3 -c 'print(324 * 100)' > /workspace/answer.txt
