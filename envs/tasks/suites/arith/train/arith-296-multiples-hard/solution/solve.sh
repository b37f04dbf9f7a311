#!/usr/bin/env bash
python3 -c 'print(54 * 329)' > /workspace/answer.txt
