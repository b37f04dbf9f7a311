#!/usr/bin/env bash
python3 -c 'print(18 * 24 - 362)' > /workspace/answer.txt
