#!/usr/bin/env bash
sed -n '/BEGIN KEYS/,/END KEYS/p' /workspace/backup.txt > /workspace/answer.txt
