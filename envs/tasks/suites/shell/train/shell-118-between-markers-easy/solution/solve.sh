#!/usr/bin/env bash
sed -n '/BEGIN ALIASES/,/END ALIASES/p' /workspace/dump.txt > /workspace/answer.txt
