#!/usr/bin/env bash
sed -n '/^\[worker\]/,/^\[/p' /workspace/stack.ini | grep '^workers=' | cut -d= -f2 > /workspace/answer.txt
