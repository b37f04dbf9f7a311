#!/usr/bin/env bash
mkdir -p /workspace/drafts && mv /workspace/apple.txt /workspace/cloud.txt /workspace/drafts/
