#!/usr/bin/env bash
wc -l < /workspace/velvet.txt > /workspace/lines.txt
