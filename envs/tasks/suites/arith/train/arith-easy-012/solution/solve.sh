#!/usr/bin/env bash
python3 -c 'print(88 * 23)' > /workspace/answer.txt
