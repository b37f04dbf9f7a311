#!/usr/bin/env bash
wc -l < /workspace/cloud.txt > /workspace/total.txt
