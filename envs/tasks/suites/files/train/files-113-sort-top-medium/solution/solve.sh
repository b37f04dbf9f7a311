#!/usr/bin/env bash
sort /workspace/walnut.txt | head -n 6 > /workspace/cloud.txt
