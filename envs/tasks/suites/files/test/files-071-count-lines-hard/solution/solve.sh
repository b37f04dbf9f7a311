#!/usr/bin/env bash
wc -l < /workspace/walnut.log > /workspace/lines.txt
