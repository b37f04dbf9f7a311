#!/usr/bin/env bash
python3 -c 'print(807 * 60)' > /workspace/answer.txt
