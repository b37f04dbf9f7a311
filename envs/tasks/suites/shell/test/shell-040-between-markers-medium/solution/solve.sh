#!/usr/bin/env bash
sed -n '/BEGIN USERS/,/END USERS/p' /workspace/backup.txt | sed '1d;$d' > /workspace/answer.txt
