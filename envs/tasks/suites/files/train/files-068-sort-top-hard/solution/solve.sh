#!/usr/bin/env bash
sort /workspace/raven.txt | head -n 10 > /workspace/amber.txt
