#!/usr/bin/env bash
grep -c 'willow' /workspace/delta.log > /workspace/total.txt
