#!/usr/bin/env bash
grep -c 'quartz' /workspace/pearl.log > /workspace/lines.txt
