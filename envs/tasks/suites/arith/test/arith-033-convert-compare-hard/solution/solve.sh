#!/usr/bin/env bash
python3 -c 'print(364 * 100 - 34184)' > /workspace/answer.txt
