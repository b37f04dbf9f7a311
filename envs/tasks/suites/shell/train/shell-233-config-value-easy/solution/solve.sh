#!/usr/bin/env bash
grep '^backup=' /workspace/app.conf | cut -d= -f2 > /workspace/answer.txt
