#!/usr/bin/env bash
grep '^region=' /workspace/server.conf | cut -d= -f2 > /workspace/answer.txt
