#!/usr/bin/env bash
cut -d, -f2 /workspace/grades_export.csv | sort -u > /workspace/answer.txt
