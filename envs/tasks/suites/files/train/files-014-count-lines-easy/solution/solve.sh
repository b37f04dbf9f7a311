#!/usr/bin/env bash
wc -l < /workspace/lotus.txt > /workspace/lines.txt
