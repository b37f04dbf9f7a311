#!/usr/bin/env bash
python3 -c 'print(91 * 25)' > /workspace/answer.txt
