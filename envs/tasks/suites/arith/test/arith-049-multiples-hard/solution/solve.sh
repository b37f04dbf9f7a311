#!/usr/bin/env bash
python3 -c 'print(15 * 301)' > /workspace/answer.txt
