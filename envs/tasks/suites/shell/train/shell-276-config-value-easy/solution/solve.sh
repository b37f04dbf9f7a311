#!/usr/bin/env bash
grep '^port=' /workspace/app.conf | cut -d= -f2 > /workspace/answer.txt
