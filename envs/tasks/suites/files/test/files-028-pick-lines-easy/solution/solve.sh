#!/usr/bin/env bash
head -n 2 /workspace/quartz.txt > /workspace/garnet.txt
