#!/usr/bin/env bash
sort /workspace/orchid.txt | head -n 7 > /workspace/quartz.txt
