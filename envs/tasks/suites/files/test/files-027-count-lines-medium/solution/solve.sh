#!/usr/bin/env bash
wc -l < /workspace/mango.txt > /workspace/lines.txt
