#!/usr/bin/env bash
python3 -c 'print(30 * 1000 - 20336)' > /workspace/answer.txt
