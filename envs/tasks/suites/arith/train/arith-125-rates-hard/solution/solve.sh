#!/usr/bin/env bash
python3 -c 'print(151 * 62)' > /workspace/answer.txt
