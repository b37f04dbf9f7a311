#!/usr/bin/env bash
sed -n '/BEGIN KEYS/,/END KEYS/p' /workspace/notes.txt | sed '1d;$d' > /workspace/answer.txt
