#!/usr/bin/env bash
python3 -c 'print((756 + 734 + 40 + 552 + 838) * 55 // 100)' > /workspace/answer.txt
