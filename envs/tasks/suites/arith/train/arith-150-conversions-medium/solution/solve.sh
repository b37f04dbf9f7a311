#!/usr/bin/env bash
python3 -c 'print(972 * 24)' > /workspace/answer.txt
