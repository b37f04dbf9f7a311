#!/usr/bin/env bash
python3 -c 'print(8 * 38)' > /workspace/answer.txt
