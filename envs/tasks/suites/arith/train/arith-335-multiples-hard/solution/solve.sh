#!/usr/bin/env bash
python3 -c 'print(73 * 916)' > /workspace/answer.txt
