#!/usr/bin/env bash
sed 's/physics/legacy/g' /workspace/grades_march.csv > /workspace/answer.txt
