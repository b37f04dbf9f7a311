#!/usr/bin/env bash
sed -n '/BEGIN TODO/,/END TODO/p' /workspace/blocks.txt > /workspace/answer.txt
