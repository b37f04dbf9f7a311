#!/usr/bin/env bash
python3 -c 'print(46 + 23 + 22)' > /workspace/answer.txt
