#!/usr/bin/env bash
python3 -c 'print(16 * 686 - 42)' > /workspace/answer.txt
