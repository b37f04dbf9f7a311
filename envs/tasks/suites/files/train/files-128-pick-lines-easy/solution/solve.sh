#!/usr/bin/env bash
head -n 4 /workspace/mango.txt > /workspace/walnut.txt
