#!/usr/bin/env bash
wc -l < /workspace/apple.log > /workspace/lines.txt
