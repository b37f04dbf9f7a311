#!/usr/bin/env bash
tail -n 2 /workspace/delta.txt > /workspace/mango.txt
