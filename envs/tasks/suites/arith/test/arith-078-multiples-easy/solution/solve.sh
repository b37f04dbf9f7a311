#!/usr/bin/env bash
python3 -c 'print(3 * 23)' > /workspace/answer.txt
