#!/usr/bin/env bash
mkdir -p /workspace/inbox/cedar && cp /workspace/apple.txt /workspace/inbox/cedar/quartz.txt
