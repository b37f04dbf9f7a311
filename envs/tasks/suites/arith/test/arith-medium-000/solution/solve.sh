#!/usr/bin/env bash
python3 -c 'print((238 - 78) * 35)' > /workspace/answer.txt
