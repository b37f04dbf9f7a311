#!/usr/bin/env bash
mkdir -p /workspace/maple/backup /workspace/maple/data
