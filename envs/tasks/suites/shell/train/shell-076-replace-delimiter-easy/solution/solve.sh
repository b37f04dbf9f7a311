#!/usr/bin/env bash
tr ',' ' ' < /workspace/staff.csv > /workspace/answer.txt
