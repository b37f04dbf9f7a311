#!/usr/bin/env bash
python3 -c 'print(47 * 710)' > /workspace/answer.txt
