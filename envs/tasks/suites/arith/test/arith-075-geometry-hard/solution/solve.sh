#!/usr/bin/env bash
python3 -c 'print(732 * 202)' > /workspace/answer.txt
