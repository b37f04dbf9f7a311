#!/usr/bin/env bash
python3 -c 'print((585 - 15) * 30)' > /workspace/answer.txt
