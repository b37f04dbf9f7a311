#!/usr/bin/env bash
python3 -c 'print(15 * 462 - 755)' > /workspace/answer.txt
