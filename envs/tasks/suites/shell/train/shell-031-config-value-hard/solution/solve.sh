#!/usr/bin/env bash
sed -n '/^\[server\]/,/^\[/p' /workspace/deploy.ini | grep '^tls=' | cut -d= -f2 > /workspace/answer.txt
