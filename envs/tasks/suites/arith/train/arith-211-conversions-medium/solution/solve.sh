#!/usr/bin/env bash
python3 -c 'print(762 * 24)' > /workspace/answer.txt
