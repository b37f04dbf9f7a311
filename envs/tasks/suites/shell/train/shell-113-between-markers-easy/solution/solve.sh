#!/usr/bin/env bash
sed -n '/BEGIN TODO/,/END TODO/p' /workspace/notes.txt > /workspace/answer.txt
