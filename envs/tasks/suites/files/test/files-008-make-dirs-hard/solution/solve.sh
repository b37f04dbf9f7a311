#!/usr/bin/env bash
mkdir -p /workspace/cobalt/old /workspace/cobalt/logs /workspace/cobalt/inbox /workspace/cobalt/drafts /workspace/cobalt/inbox/coral /workspace/cobalt/logs/saddle
