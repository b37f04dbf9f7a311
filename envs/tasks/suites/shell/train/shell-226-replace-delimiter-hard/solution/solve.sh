#!/usr/bin/env bash
cut -d, -f1,3 /workspace/grades.csv | tr ',' ' ' > /workspace/answer.txt
