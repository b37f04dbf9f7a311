#!/usr/bin/env bash
sed -n '/BEGIN USERS/,/END USERS/p' /workspace/sections.txt | sed '1d;$d' > /workspace/answer.txt
