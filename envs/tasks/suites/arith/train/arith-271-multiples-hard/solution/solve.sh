#!/usr/bin/env bash
python3 -c 'print(23 * 345)' > /workspace/answer.txt
