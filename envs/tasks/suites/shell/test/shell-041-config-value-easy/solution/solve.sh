#!/usr/bin/env bash
grep '^mode=' /workspace/app.conf | cut -d= -f2 > /workspace/answer.txt
