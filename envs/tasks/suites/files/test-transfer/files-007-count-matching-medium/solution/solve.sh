#!/usr/bin/env bash
grep -c 'apple' /workspace/olive.log > /workspace/total.txt
