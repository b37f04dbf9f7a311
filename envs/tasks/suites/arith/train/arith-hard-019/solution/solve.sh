#!/usr/bin/env bash
python3 -c 'print((1918 * 190 - 7861) % 6124)' > /workspace/answer.txt
