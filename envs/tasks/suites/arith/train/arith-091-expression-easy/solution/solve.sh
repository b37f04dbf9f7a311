#!/usr/bin/env bash
python3 -c 'print(46 * 33)' > /workspace/answer.txt
