#!/usr/bin/env bash
sed -n '/^\[server\]/,/^\[/p' /workspace/deploy.ini | grep '^host=' | cut -d= -f2 > /workspace/answer.txt
