#!/usr/bin/env bash
sed -n '/BEGIN PATHS/,/END PATHS/p' /workspace/notes.txt | sed '1d;$d' | sort > /workspace/answer.txt
