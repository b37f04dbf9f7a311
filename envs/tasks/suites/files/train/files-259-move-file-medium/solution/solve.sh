#!/usr/bin/env bash
mkdir -p /workspace/backup && mv /workspace/frost.txt /workspace/backup/
