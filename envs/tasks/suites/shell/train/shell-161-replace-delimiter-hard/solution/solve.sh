#!/usr/bin/env bash
cut -d, -f1,3 /workspace/grades_march.csv | tr ',' '|' > /workspace/answer.txt
