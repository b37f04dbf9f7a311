#!/usr/bin/env bash
mkdir -p /workspace/tiger/notes /workspace/tiger/drafts /workspace/tiger/assets
