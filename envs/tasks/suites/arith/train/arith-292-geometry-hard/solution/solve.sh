#!/usr/bin/env bash
python3 -c 'print(353 * 306)' > /workspace/answer.txt
