#!/usr/bin/env bash
sort /workspace/coral.txt | head -n 2 > /workspace/pepper.txt
