#!/usr/bin/env bash
wc -l < /workspace/walnut.txt > /workspace/lines.txt
