#!/usr/bin/env bash
sed -n '/^\[worker\]/,/^\[/p' /workspace/service.ini | grep '^retries=' | cut -d= -f2 > /workspace/answer.txt
