#!/usr/bin/env bash
python3 -c 'print(96 * 904)' > /workspace/answer.txt
