#!/usr/bin/env bash
sed -n '/BEGIN QUEUE/,/END QUEUE/p' /workspace/dump.txt | sed '1d;$d' > /workspace/answer.txt
