#!/usr/bin/env bash
grep '=true$' /workspace/settings.conf | cut -d= -f1 > /workspace/answer.txt
