#!/usr/bin/env bash
grep '^user=' /workspace/config.txt | cut -d= -f2 > /workspace/answer.txt
