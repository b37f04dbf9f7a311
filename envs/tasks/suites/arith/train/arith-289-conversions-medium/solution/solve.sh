#!/usr/bin/env bash
python3 -c 'print(507 * 7)' > /workspace/answer.txt
