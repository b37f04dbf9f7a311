#!/usr/bin/env bash
tail -n 6 /workspace/amber.txt > /workspace/tiger.txt
