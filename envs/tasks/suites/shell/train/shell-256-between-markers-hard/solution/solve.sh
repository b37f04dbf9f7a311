#!/usr/bin/env bash
sed -n '/BEGIN ALIASES/,/END ALIASES/p' /workspace/blocks.txt | sed '1d;$d' | sort > /workspace/answer.txt
