#!/usr/bin/env bash
mv /workspace/backup/brick.txt /workspace/backup/lemon.txt
