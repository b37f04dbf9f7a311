#!/usr/bin/env bash
grep -c 'WARN' /workspace/orchid.log > /workspace/total.txt
