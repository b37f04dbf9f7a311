#!/usr/bin/env bash
sed -n '/BEGIN QUEUE/,/END QUEUE/p' /workspace/dump.txt > /workspace/answer.txt
