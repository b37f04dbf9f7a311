#!/usr/bin/env bash
python3 -c 'print((6312 * 1782 - 9446) % 7479)' > /workspace/answer.txt
