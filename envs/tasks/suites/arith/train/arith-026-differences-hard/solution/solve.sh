#!/usr/bin/env bash
python3 -c 'print(37452 - 18912)' > /workspace/answer.txt
