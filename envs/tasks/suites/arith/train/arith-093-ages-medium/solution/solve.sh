#!/usr/bin/env bash
python3 -c 'print(1998 - 1970)' > /workspace/answer.txt
