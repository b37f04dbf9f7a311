#!/usr/bin/env bash
mkdir -p /workspace/river/src /workspace/river/drafts
