#!/usr/bin/env bash
python3 -c 'print(1983 - 1936)' > /workspace/answer.txt
