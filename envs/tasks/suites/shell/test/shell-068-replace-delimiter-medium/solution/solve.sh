#!/usr/bin/env bash
sed 's/art/misc/g' /workspace/grades_2024.csv > /workspace/answer.txt
