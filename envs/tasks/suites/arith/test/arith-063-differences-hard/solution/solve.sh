#!/usr/bin/env bash
python3 -c 'print(93606 - 62379)' > /workspace/answer.txt
