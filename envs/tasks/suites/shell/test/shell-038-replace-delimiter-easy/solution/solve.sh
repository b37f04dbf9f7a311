#!/usr/bin/env bash
tr ',' ';' < /workspace/staff_export.csv > /workspace/answer.txt
