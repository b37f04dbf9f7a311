#!/usr/bin/env bash
python3 -c 'print((108 - 46) * 39)' > /workspace/answer.txt
