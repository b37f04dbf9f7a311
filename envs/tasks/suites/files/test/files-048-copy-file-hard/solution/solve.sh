#!/usr/bin/env bash
mkdir -p /workspace/notes/falcon && cp /workspace/quartz.txt /workspace/notes/falcon/delta.txt
