#!/usr/bin/env bash
grep '=true$' /workspace/server.conf | cut -d= -f1 > /workspace/answer.txt
