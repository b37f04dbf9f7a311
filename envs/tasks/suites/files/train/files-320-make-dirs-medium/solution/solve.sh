#!/usr/bin/env bash
mkdir -p /workspace/olive/logs /workspace/olive/backup
