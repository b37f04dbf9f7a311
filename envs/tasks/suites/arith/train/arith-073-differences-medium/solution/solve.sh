#!/usr/bin/env bash
python3 -c 'print(939 - 304)' > /workspace/answer.txt
