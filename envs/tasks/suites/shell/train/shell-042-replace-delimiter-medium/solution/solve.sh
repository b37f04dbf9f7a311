#!/usr/bin/env bash
sed 's/history/archive/g' /workspace/grades_export.csv > /workspace/answer.txt
