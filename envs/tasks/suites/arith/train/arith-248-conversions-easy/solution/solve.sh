#!/usr/bin/env bash
python3 -c 'print(15 * 100)' > /workspace/answer.txt
