#!/usr/bin/env bash
python3 -c 'print(13 * 102 + 306)' > /workspace/answer.txt
