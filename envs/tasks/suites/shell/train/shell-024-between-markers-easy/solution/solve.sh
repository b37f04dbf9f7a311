#!/usr/bin/env bash
sed -n '/BEGIN QUEUE/,/END QUEUE/p' /workspace/backup.txt > /workspace/answer.txt
