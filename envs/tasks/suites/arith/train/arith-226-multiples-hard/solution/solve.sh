#!/usr/bin/env bash
python3 -c 'print(16 * 371)' > /workspace/answer.txt
