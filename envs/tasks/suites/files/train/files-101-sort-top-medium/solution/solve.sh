#!/usr/bin/env bash
sort /workspace/cobalt.txt | head -n 4 > /workspace/quartz.txt
