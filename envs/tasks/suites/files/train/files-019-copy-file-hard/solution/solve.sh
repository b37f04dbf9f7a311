#!/usr/bin/env bash
mkdir -p /workspace/backup/kettle && cp /workspace/meadow.txt /workspace/backup/kettle/tiger.txt
