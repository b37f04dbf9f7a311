#!/usr/bin/env bash
python3 -c 'print(38 * 1000 - 34188)' > /workspace/answer.txt
