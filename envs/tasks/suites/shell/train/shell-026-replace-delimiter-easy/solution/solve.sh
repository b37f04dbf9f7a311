#!/usr/bin/env bash
tr ',' ':' < /workspace/staff_march.csv > /workspace/answer.txt
