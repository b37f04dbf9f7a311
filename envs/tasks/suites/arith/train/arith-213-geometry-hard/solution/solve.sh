#!/usr/bin/env bash
python3 -c 'print(682 * 537)' > /workspace/answer.txt
