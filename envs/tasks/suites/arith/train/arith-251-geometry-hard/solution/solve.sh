#!/usr/bin/env bash
python3 -c 'print(455 * 206)' > /workspace/answer.txt
