#!/usr/bin/env bash
python3 -c 'print((7930 * 5746 - 2701) % 1403)' > /workspace/answer.txt
