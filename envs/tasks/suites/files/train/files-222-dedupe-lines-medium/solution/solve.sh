#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/garnet.txt > /workspace/lantern.txt
