#!/usr/bin/env bash
sed -n '/BEGIN NOTES/,/END NOTES/p' /workspace/dump.txt | sed '1d;$d' > /workspace/answer.txt
