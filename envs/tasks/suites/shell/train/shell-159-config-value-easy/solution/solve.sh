#!/usr/bin/env bash
grep '^tls=' /workspace/defaults.conf | cut -d= -f2 > /workspace/answer.txt
