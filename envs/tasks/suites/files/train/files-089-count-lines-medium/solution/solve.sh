#!/usr/bin/env bash
wc -l < /workspace/coral.txt > /workspace/lines.txt
