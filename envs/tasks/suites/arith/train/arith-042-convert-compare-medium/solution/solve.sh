#!/usr/bin/env bash
python3 -c 'print(36 * 60 - 864)' > /workspace/answer.txt
