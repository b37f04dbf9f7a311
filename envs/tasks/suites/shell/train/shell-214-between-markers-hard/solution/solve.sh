#!/usr/bin/env bash
sed -n '/BEGIN TODO/,/END TODO/p' /workspace/dump.txt | sed '1d;$d' | sort > /workspace/answer.txt
