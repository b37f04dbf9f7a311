#!/usr/bin/env bash
python3 -c 'print(1968 - 1916)' > /workspace/answer.txt
