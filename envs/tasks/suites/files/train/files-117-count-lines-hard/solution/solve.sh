#!/usr/bin/env bash
wc -l < /workspace/amber.log > /workspace/lines.txt
