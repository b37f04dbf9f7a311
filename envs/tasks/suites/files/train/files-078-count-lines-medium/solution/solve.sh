#!/usr/bin/env bash
wc -l < /workspace/frost.txt > /workspace/lines.txt
