#!/usr/bin/env bash
mkdir -p /workspace/ember/notes /workspace/ember/logs /workspace/ember/archive /workspace/ember/reports /workspace/ember/logs/pepper /workspace/ember/archive/delta
