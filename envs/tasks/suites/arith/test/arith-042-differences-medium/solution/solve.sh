#!/usr/bin/env bash
python3 -c 'print(303 - 274)' > /workspace/answer.txt
