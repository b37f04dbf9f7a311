#!/usr/bin/env bash
python3 -c 'print(2003 - 1939)' > /workspace/answer.txt
