#!/usr/bin/env bash
sed -i 's/stone/pepper/g' /workspace/river.txt /workspace/quartz.txt
