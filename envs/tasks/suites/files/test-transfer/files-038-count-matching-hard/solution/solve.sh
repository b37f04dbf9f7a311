#!/usr/bin/env bash
grep -c 'amber' /workspace/mango.log > /workspace/lines.txt
