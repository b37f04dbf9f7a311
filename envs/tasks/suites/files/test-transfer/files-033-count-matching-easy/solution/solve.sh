#!/usr/bin/env bash
grep -c 'ERROR' /workspace/sunny.log > /workspace/total.txt
