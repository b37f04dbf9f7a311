#!/usr/bin/env bash
sed -n '/BEGIN NOTES/,/END NOTES/p' /workspace/notes.txt | sed '1d;$d' | sort > /workspace/answer.txt
