#!/usr/bin/env bash
tr ',' '|' < /workspace/sales_export.csv > /workspace/answer.txt
