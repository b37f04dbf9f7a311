#!/usr/bin/env bash
python3 -c 'print(935 - 249)' > /workspace/answer.txt
