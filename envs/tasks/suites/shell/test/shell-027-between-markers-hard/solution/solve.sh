#!/usr/bin/env bash
sed -n '/BEGIN KEYS/,/END KEYS/p' /workspace/sections.txt | sed '1d;$d' | sort > /workspace/answer.txt
