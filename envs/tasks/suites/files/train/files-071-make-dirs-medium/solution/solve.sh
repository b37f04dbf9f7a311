#!/usr/bin/env bash
mkdir -p /workspace/stone/assets /workspace/stone/notes
