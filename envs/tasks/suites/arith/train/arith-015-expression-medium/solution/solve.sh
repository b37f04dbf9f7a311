#!/usr/bin/env bash
python3 -c 'print((951 - 84) * 94)' > /workspace/answer.txt
