#!/usr/bin/env bash
python3 -c 'print(65 * 56)' > /workspace/answer.txt
