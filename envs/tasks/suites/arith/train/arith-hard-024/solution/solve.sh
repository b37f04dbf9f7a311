#!/usr/bin/env bash
python3 -c 'print((9434 * 8256 - 8163) % 313)' > /workspace/answer.txt
