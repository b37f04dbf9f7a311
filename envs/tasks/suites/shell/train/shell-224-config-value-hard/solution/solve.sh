#!/usr/bin/env bash
sed -n '/^\[server\]/,/^\[/p' /workspace/deploy.ini | grep '^user=' | cut -d= -f2 > /workspace/answer.txt
