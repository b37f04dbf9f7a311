#!/usr/bin/env bash
sed -n '/BEGIN NOTES/,/END NOTES/p' /workspace/backup.txt | sed '1d;$d' > /workspace/answer.txt
