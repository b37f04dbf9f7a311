#!/usr/bin/env bash
python3 -c 'print(570 - 192)' > /workspace/answer.txt
