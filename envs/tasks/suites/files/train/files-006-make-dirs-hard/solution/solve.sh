#!/usr/bin/env bash
mkdir -p /workspace/raven/inbox /workspace/raven/old /workspace/raven/notes /workspace/raven/inbox/pearl /workspace/raven/notes/cedar
