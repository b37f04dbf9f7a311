#!/usr/bin/env bash
mkdir -p /workspace/stone/assets /workspace/stone/src /workspace/stone/backup /workspace/stone/inbox /workspace/stone/inbox/raven /workspace/stone/src/kettle
