#!/usr/bin/env bash
sort -o /workspace/quartz.txt /workspace/quartz.txt
