#!/usr/bin/env bash
python3 -c 'print(17 * 17 - 210)' > /workspace/answer.txt
