#!/usr/bin/env bash
grep -c 'cedar' /workspace/amber.log > /workspace/total.txt
