#!/usr/bin/env bash
mkdir -p /workspace/brick/archive /workspace/brick/old /workspace/brick/backup
