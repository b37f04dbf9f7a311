#!/usr/bin/env bash
grep '^retries=' /workspace/config.txt | cut -d= -f2 > /workspace/answer.txt
