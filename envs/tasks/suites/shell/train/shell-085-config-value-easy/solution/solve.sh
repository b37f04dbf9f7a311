#!/usr/bin/env bash
grep '^cache_size=' /workspace/server.conf | cut -d= -f2 > /workspace/answer.txt
