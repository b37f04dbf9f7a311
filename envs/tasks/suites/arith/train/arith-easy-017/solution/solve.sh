#!/usr/bin/env bash
python3 -c 'print(76 * 63)' > /workspace/answer.txt
