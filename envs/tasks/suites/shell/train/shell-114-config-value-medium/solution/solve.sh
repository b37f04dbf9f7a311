#!/usr/bin/env bash
grep '=true$' /workspace/defaults.conf | cut -d= -f1 > /workspace/answer.txt
