#!/usr/bin/env bash
sed -n '/BEGIN PATHS/,/END PATHS/p' /workspace/backup.txt > /workspace/answer.txt
