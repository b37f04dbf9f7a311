#!/usr/bin/env bash
tail -n 5 /workspace/meadow.txt > /workspace/harbor.txt
