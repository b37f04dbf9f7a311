#!/usr/bin/env bash
python3 -c 'print((8022 * 1420 - 1742) % 8075)' > /workspace/answer.txt
