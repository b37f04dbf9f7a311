#!/usr/bin/env bash
python3 -c 'print(883 * 42)' > /workspace/answer.txt
