#!/usr/bin/env bash
python3 -c 'print(46935 // 63)' > /workspace/answer.txt
