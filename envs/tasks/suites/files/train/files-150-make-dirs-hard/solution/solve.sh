#!/usr/bin/env bash
mkdir -p /workspace/garnet/drafts /workspace/garnet/assets /workspace/garnet/docs /workspace/garnet/logs /workspace/garnet/logs/saddle /workspace/garnet/assets/delta
