#!/usr/bin/env bash
python3 -c 'print(270 + 471 + 167 + 91 + 314 + 796)' > /workspace/answer.txt
