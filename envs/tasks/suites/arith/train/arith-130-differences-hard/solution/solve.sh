#!/usr/bin/env bash
python3 -c 'print(46216 - 35963)' > /workspace/answer.txt
