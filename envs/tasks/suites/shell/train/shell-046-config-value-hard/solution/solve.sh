#!/usr/bin/env bash
sed -n '/^\[database\]/,/^\[/p' /workspace/deploy.ini | grep '^host=' | cut -d= -f2 > /workspace/answer.txt
