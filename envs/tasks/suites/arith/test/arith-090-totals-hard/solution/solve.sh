#!/usr/bin/env bash
python3 -c 'print(114 + 866 + 243 + 679 + 939 + 503)' > /workspace/answer.txt
