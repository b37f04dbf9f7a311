#!/usr/bin/env bash
python3 -c 'print((8936 * 2011 - 9479) % 7524)' > /workspace/answer.txt
