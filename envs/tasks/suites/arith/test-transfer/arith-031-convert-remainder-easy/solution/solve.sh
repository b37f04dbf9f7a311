#!/usr/bin/env bash
python3 -c 'print((3 * 60 + 44) % 24)' > /workspace/answer.txt
