#!/usr/bin/env bash
python3 -c 'print(48774 - 1903)' > /workspace/answer.txt
