#!/usr/bin/env bash
python3 -c 'print(309 * 20)' > /workspace/answer.txt
