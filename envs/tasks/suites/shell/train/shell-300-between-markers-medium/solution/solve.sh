#!/usr/bin/env bash
sed -n '/BEGIN ALIASES/,/END ALIASES/p' /workspace/dump.txt | sed '1d;$d' > /workspace/answer.txt
