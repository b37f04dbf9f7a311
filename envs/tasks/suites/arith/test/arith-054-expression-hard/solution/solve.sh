#!/usr/bin/env bash
python3 -c 'print((4710 * 7999 - 1709) % 5318)' > /workspace/answer.txt
