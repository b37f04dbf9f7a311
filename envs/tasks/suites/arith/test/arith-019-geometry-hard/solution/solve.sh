#!/usr/bin/env bash
python3 -c 'print(946 * 875)' > /workspace/answer.txt
