#!/usr/bin/env bash
python3 -c 'print(1993 - 1906)' > /workspace/answer.txt
