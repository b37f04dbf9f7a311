#!/usr/bin/env bash
tr ',' ';' < /workspace/grades.csv > /workspace/answer.txt
