#!/usr/bin/env bash
python3 -c 'print(34272 - 34094)' > /workspace/answer.txt
