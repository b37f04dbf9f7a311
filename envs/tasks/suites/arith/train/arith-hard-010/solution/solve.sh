#!/usr/bin/env bash
python3 -c 'print((256 * 6190 - 9895) % 3468)' > /workspace/answer.txt
