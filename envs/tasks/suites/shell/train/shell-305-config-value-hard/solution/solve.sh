#!/usr/bin/env bash
sed -n '/^\[worker\]/,/^\[/p' /workspace/service.ini | grep '^port=' | cut -d= -f2 > /workspace/answer.txt
