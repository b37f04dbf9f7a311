#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/kettle.txt > /workspace/garnet.txt
