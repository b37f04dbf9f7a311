#!/usr/bin/env bash
python3 -c 'print(44 * 328)' > /workspace/answer.txt
