#!/usr/bin/env bash
python3 -c 'print(372 * 100 - 16593)' > /workspace/answer.txt
