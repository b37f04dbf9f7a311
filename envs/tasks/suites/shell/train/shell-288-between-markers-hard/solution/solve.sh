#!/usr/bin/env bash
sed -n '/BEGIN TODO/,/END TODO/p' /workspace/backup.txt | sed '1d;$d' | sort > /workspace/answer.txt
