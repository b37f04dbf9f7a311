#!/usr/bin/env bash
wc -l < /workspace/raven.log > /workspace/total.txt
