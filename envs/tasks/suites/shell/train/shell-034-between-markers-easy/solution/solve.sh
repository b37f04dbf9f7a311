#!/usr/bin/env bash
sed -n '/BEGIN TODO/,/END TODO/p' /workspace/backup.txt > /workspace/answer.txt
