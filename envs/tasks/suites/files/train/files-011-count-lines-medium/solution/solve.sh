#!/usr/bin/env bash
wc -l < /workspace/cedar.log > /workspace/lines.txt
