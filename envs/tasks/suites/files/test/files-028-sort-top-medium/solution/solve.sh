#!/usr/bin/env bash
sort /workspace/brick.txt | head -n 3 > /workspace/apple.txt
