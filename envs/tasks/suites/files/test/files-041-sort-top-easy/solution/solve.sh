#!/usr/bin/env bash
sort /workspace/coral.txt | head -n 3 > /workspace/cloud.txt
