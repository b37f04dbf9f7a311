#!/usr/bin/env bash
python3 -c 'print(667 - 653)' > /workspace/answer.txt
