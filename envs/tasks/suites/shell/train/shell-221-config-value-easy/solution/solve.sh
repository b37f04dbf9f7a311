#!/usr/bin/env bash
grep '^retries=' /workspace/defaults.conf | cut -d= -f2 > /workspace/answer.txt
