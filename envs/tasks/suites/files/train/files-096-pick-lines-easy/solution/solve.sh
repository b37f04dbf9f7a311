#!/usr/bin/env bash
head -n 3 /workspace/timber.txt > /workspace/amber.txt
