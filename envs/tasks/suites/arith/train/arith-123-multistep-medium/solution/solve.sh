#!/usr/bin/env bash
python3 -c 'print(19 * 17 - 190)' > /workspace/answer.txt
