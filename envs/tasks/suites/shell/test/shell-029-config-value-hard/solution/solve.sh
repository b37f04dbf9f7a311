#!/usr/bin/env bash
sed -n '/^\[worker\]/,/^\[/p' /workspace/settings.ini | grep '^metrics=' | cut -d= -f2 > /workspace/answer.txt
