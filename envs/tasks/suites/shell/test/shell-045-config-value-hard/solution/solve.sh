#!/usr/bin/env bash
sed -n '/^\[database\]/,/^\[/p' /workspace/settings.ini | grep '^mode=' | cut -d= -f2 > /workspace/answer.txt
