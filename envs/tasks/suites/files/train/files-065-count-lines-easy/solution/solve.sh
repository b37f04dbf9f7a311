#!/usr/bin/env bash
wc -l < /workspace/quartz.log > /workspace/lines.txt
