#!/usr/bin/env bash
mkdir -p /workspace/lotus/backup /workspace/lotus/assets
