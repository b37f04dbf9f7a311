#!/usr/bin/env bash
sed -n '/BEGIN ALIASES/,/END ALIASES/p' /workspace/notes.txt > /workspace/answer.txt
