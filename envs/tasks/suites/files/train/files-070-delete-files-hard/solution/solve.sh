#!/usr/bin/env bash
rm -r /workspace/backup /workspace/cloud.txt
