#!/usr/bin/env bash
mkdir -p /workspace/drafts/meadow && cp /workspace/willow.txt /workspace/drafts/meadow/frost.txt
