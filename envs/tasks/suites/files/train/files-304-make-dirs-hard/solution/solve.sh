#!/usr/bin/env bash
mkdir -p /workspace/jasper/assets /workspace/jasper/src /workspace/jasper/notes /workspace/jasper/assets/timber /workspace/jasper/notes/cloud
