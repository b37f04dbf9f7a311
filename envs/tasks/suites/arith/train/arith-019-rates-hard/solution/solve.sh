#!/usr/bin/env bash
python3 -c 'print(209 * 86)' > /workspace/answer.txt
