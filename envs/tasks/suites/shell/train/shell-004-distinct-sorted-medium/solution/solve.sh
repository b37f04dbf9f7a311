#!/usr/bin/env bash
cut -d, -f2 /workspace/grades.csv | sort -u > /workspace/answer.txt
