#!/usr/bin/env bash
wc -l < /workspace/quartz.txt > /workspace/count.txt
