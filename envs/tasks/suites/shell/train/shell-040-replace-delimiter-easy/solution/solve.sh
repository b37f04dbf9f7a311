#!/usr/bin/env bash
tr ',' '|' < /workspace/staff_2024.csv > /workspace/answer.txt
