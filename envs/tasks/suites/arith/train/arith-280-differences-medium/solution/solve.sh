#!/usr/bin/env bash
python3 -c 'print(473 - 414)' > /workspace/answer.txt
