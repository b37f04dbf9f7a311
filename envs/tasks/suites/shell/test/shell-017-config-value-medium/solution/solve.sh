#!/usr/bin/env bash
grep '=true$' /workspace/app.conf | cut -d= -f1 > /workspace/answer.txt
