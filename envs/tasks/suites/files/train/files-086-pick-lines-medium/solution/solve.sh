#!/usr/bin/env bash
tail -n 3 /workspace/river.txt > /workspace/mango.txt
