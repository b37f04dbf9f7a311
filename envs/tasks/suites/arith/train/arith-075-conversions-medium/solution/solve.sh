#!/usr/bin/env bash
python3 -c 'print(820 * 24)' > /workspace/answer.txt
