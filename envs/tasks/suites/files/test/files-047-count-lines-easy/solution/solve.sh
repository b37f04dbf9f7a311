#!/usr/bin/env bash
wc -l < /workspace/island.txt > /workspace/lines.txt
