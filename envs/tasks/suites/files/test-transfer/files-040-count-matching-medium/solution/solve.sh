#!/usr/bin/env bash
grep -c 'nectar' /workspace/coral.log > /workspace/count.txt
