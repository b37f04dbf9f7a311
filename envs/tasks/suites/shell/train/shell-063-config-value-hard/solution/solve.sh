#!/usr/bin/env bash
sed -n '/^\[database\]/,/^\[/p' /workspace/deploy.ini | grep '^workers=' | cut -d= -f2 > /workspace/answer.txt
