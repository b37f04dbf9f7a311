#!/usr/bin/env bash
python3 -c 'print(572 - 373)' > /workspace/answer.txt
