#!/usr/bin/env bash
python3 -c 'print(446 + 676 + 483 + 353 + 983 + 790)' > /workspace/answer.txt
