#!/usr/bin/env bash
python3 -c 'print((5441 * 4391 - 9308) % 3819)' > /workspace/answer.txt
