#!/usr/bin/env bash
mkdir -p /workspace/notes/willow && cp /workspace/delta.txt /workspace/notes/willow/harbor.txt
