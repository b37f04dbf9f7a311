#!/usr/bin/env bash
mkdir -p /workspace/apple/drafts /workspace/apple/inbox /workspace/apple/assets /workspace/apple/reports /workspace/apple/drafts/brick /workspace/apple/assets/quartz
